package readme.middleware;

import dev.widgetry.chatkit.ActionConfig;
import dev.widgetry.chatkit.Button;
import dev.widgetry.chatkit.ButtonBuilder;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.ControlSize;
import dev.widgetry.chatkit.Divider;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.WidgetRewriter;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.readme.ReadmeExample;

public class RewriterExample implements ReadmeExample {
  @Override
  public void run(Blocks readme) {
    // README snippet: middleware/rewriter
    readme.output("middleware/smaller", Widgets.toJson(smaller));
  }
}
