package readme.middleware;

import dev.widgetry.chatkit.Theme;
import dev.widgetry.chatkit.WidgetRewrites;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.WidgetMiddleware;
import dev.widgetry.runtime.WidgetPipeline;
import dev.widgetry.tests.readme.ReadmeExample;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import readme.actions.CartHandlers;

public class MiddlewareExample implements ReadmeExample {
  @Override
  public void run(Blocks readme) {
    // README snippet: middleware/rewrites
    // README snippet: middleware/pipeline
    readme.output("middleware/answer", response.bodyText());
  }
}
