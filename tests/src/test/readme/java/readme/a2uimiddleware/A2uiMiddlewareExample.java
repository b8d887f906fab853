package readme.a2uimiddleware;

import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.a2ui.A2uiPipeline;
import dev.widgetry.a2ui.A2uiRewrites;
import dev.widgetry.a2ui.Action;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.Theme;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Row;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.tests.readme.ReadmeExample;
import java.util.Locale;
import java.util.Map;

public class A2uiMiddlewareExample implements ReadmeExample {
  @Override
  public void run(Blocks readme) {
    // README snippet: a2ui-middleware/pipeline
    readme.output("a2ui-middleware/sent", A2ui.toJsonArray(sent.messages()));
  }
}
