package dev.widgetry.benchmarks.a2ui;

import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.Action;
import dev.widgetry.a2ui.CheckRule;
import dev.widgetry.a2ui.Node;
import dev.widgetry.a2ui.StringLiteral;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Card;
import dev.widgetry.a2ui.basic.CheckBox;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Divider;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Row;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.a2ui.basic.TextField;

/**
 * The order surface as a Widgetry user writes it: a tree of basic components bound to the data
 * model through the generated {@code OrderViewPaths}, flattened by {@code Surface}, its messages
 * written by the generated writers. Four components per order line and sixteen around them.
 */
public final class WidgetrySurface {
  private static final OrderViewPaths ORDER = OrderViewPaths.root();

  private WidgetrySurface() {}

  /** The createSurface, updateComponents and updateDataModel messages of {@code order}, as a JSON array. */
  public static String json(OrderView order) {
    return A2ui.toJsonArray(surface(order).messages());
  }

  /** The surface of {@code order}: its components and its data model. */
  public static Surface surface(OrderView order) {
    Node[] lines = new Node[order.lines().size()];
    for (int i = 0; i < lines.length; i++) {
      OrderLinePaths line = ORDER.lines().item(i);
      lines[i] = Row.of(
          Text.of(line.name()),
          Text.of(Functions.formatNumber(line.quantity())),
          Text.of(Functions.formatCurrency(line.price(), "EUR")));
    }
    return Surface.builder("order-" + order.id())
        .root(Card.of(Column.of(
            Text.of("Order #" + order.id(), Text.Variant.H3),
            Text.of(ORDER.status(), Text.Variant.CAPTION),
            Text.of(ORDER.customer().name()),
            Text.of(ORDER.customer().email()),
            Divider.of(),
            Column.of(lines),
            Divider.of(),
            Row.of(Text.of("Total"), Text.of(Functions.formatCurrency(ORDER.total(), "EUR"))),
            TextField.builder().label(new StringLiteral("Note")).value(ORDER.note())
                .checks(CheckRule.of(Functions.maxLength(ORDER.note(), 200), "At most 200 characters")).build(),
            CheckBox.of("Paid", ORDER.paid()),
            Button.of("Pay", Action.event("pay").with("orderId", ORDER.id())))))
        .dataModel(order)
        .build();
  }
}
