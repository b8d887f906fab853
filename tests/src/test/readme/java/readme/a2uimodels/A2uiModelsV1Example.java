package readme.a2uimodels;

import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiForModels;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.ModelAnswer;
import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.tests.readme.ReadmeExample;

public class A2uiModelsV1Example implements ReadmeExample {
  @Override
  public void run(Blocks readme) {
    String v1Answer = readme.input("a2ui-models/v1-answer");
    // README snippet: a2ui-models/v1
    if (!read.valid()) {
      throw new AssertionError(read.retryMessage());
    }
    readme.output("a2ui-models/v1-messages", messages);
  }
}
