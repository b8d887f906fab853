package dev.widgetry.chatkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.widgetry.runtime.Widgets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The widget the README shows, and the JSON it shows for it, property order included. */
class ReadmeExampleTest {

  @Test
  void theReadmeWidgetWritesTheReadmeJson() {
    ObjectNode payload = JsonNodeFactory.instance.objectNode().put("orderId", "1042");
    Card card = Card.builder()
        .size(Card.Size.SM)
        .children(
            Title.of("Order #1042"),
            Caption.of("2 items, arriving Friday"),
            Divider.of(),
            Row.of(Text.of("Oat milk x2"), Spacer.of(), Text.of("$7.00")),
            Row.of(Text.of("Sourdough loaf"), Spacer.of(), Text.of("$11.50")),
            Row.builder()
                .gap(Dimension.of(2))
                .children(Text.builder().value("Total").weight(FontWeight.SEMIBOLD).build(), Spacer.of(), Text.of("$18.50"))
                .build())
        .confirm(CardAction.of("Pay $18.50", ActionConfig.of("order.pay", payload)))
        .cancel(CardAction.of("Cancel", ActionConfig.of("order.cancel")))
        .build();
    String json = Widgets.toJson(card);

    String readme = """
        {"type": "Card",
         "children": [
           {"type": "Title", "value": "Order #1042"},
           {"type": "Caption", "value": "2 items, arriving Friday"},
           {"type": "Divider"},
           {"type": "Row", "children": [
             {"type": "Text", "value": "Oat milk x2"}, {"type": "Spacer"}, {"type": "Text", "value": "$7.00"}]},
           {"type": "Row", "children": [
             {"type": "Text", "value": "Sourdough loaf"}, {"type": "Spacer"}, {"type": "Text", "value": "$11.50"}]},
           {"type": "Row", "children": [
             {"type": "Text", "value": "Total", "weight": "semibold"}, {"type": "Spacer"}, {"type": "Text", "value": "$18.50"}],
            "gap": 2}],
         "size": "sm",
         "confirm": {"label": "Pay $18.50", "action": {"type": "order.pay", "payload": {"orderId": "1042"}}},
         "cancel": {"label": "Cancel", "action": {"type": "order.cancel"}}}
        """;
    // Jackson keeps property order, so comparing its compact forms checks order as well as content.
    assertEquals(Json.parse(readme).toString(), Json.parse(json).toString());
    assertEquals(List.of(), OfficialSchema.problems(Json.parse(json)));
    assertEquals(card, Widgets.fromJson(readme, WidgetRoot.class));
  }
}
