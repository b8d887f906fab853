package readme.chatkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.widgetry.chatkit.ActionConfig;
import dev.widgetry.chatkit.Caption;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.CardAction;
import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.Divider;
import dev.widgetry.chatkit.FontWeight;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.Spacer;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.Title;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.readme.ReadmeExample;

public class CardExample implements ReadmeExample {
  @Override
  public void run(Blocks readme) {
    // README snippet: chatkit/card
    readme.output("chatkit/card-json", json);
  }
}
