package readme.models;

import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.tests.readme.ReadmeExample;
import java.util.List;

public class ToolCallExample implements ReadmeExample {
  @Override
  public void run(Blocks readme) {
    String toolArguments = readme.input("models/tool-arguments");
    // README snippet: models/tool-call
    if (tools.size() != 1 || !tools.get(0).contains("\"name\": \"stock_set\"")) {
      throw new AssertionError("tools:\n" + tools);
    }
    readme.output("models/tool-answer", answer.bodyText());
  }
}
