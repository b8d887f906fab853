package readme.actions;

import dev.widgetry.chatkit.ActionConfig;
import dev.widgetry.chatkit.Button;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.readme.ReadmeExample;

public class FactoriesExample implements ReadmeExample {
  @Override
  public void run(Blocks readme) {
    // README snippet: actions/factories
    readme.output("actions/button-json", Widgets.toJson(add));
    readme.output("actions/clear-json", Widgets.toJson(clear));
  }
}
