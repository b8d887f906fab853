package readme.a2uimodels;

import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiForModels;
import dev.widgetry.a2ui.ModelAnswer;
import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.tests.readme.ReadmeExample;

public class A2uiModelsExample implements ReadmeExample {
  @Override
  public void run(Blocks readme) {
    String modelAnswer = readme.input("a2ui-models/answer");
    // README snippet: a2ui-models/use
    readme.output("a2ui-models/tool", tool);
    if (!schema.contains("\"additionalProperties\": false") || answer.valid()) {
      throw new AssertionError("strict schema or answer:\n" + schema + "\n" + reply);
    }
    String[] lines = prompt.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("- Button: ")) {
        readme.output("a2ui-models/prompt", lines[i] + "\n" + lines[i + 1]);
      }
    }
    readme.output("a2ui-models/retry", reply);
  }
}
