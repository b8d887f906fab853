package dev.widgetry.samples.shop;

import static dev.widgetry.samples.A2uiButtons.button;

import dev.widgetry.a2ui.CheckRule;
import dev.widgetry.a2ui.Node;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Card;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Divider;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Image;
import dev.widgetry.a2ui.basic.Justify;
import dev.widgetry.a2ui.basic.Row;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.samples.Money;

/**
 * The order summary as an A2UI surface. The {@link OrderSummary} is the surface's data model and
 * what it holds is bound by typed paths ({@code OrderSummaryPaths}): the renderer draws one row per
 * line from the data. What the record computes (subtotal, total) is written as text, since A2UI
 * has no arithmetic. The buttons fire the actions {@link CartHandlers} answers for ChatKit too.
 */
public final class OrderSurface {
  /** The surface's id, also the gallery entry's. */
  public static final String ID = "order";

  private OrderSurface() {}

  /** The surface for the order as it stands: with steppers before it is placed, a confirmation after. */
  public static Surface of(OrderSummary order) {
    OrderSummaryPaths paths = OrderSummaryPaths.root();
    return Surface.builder(ID)
        .root(Card.of(order.placed() ? placed(order, paths) : open(order, paths)))
        .dataModel(order)
        .build();
  }

  private static Node open(OrderSummary order, OrderSummaryPaths paths) {
    return Column.of(
        Row.of(Row.builder().justify(Justify.SPACE_BETWEEN),
            Text.of("Your order", Text.Variant.H3),
            Text.of(Functions.formatText("Order #", paths.orderId()), Text.Variant.CAPTION)),
        Column.template(paths.lines(), OrderSurface::line),
        Divider.of(),
        amount("Subtotal", Money.euros(order.subtotal())),
        amount("Shipping", order.shipping() == 0 ? "Free" : Money.euros(order.shipping())),
        Row.of(Row.builder().justify(Justify.SPACE_BETWEEN),
            Text.of("Total", Text.Variant.H4), Text.of(Money.euros(order.total()), Text.Variant.H4)),
        Row.of(Row.builder().justify(Justify.END),
            button("Start over", CartHandlersActions.A2ui.restart(), Button.Variant.BORDERLESS),
            button("Place order", CartHandlersActions.A2ui.place(), Button.Variant.PRIMARY)));
  }

  /** One line, drawn once per item of {@code lines}: its paths are relative to the item. */
  private static Node line(OrderLinePaths line) {
    return Row.of(
        Image.builder().url(line.image()).variant(Image.Variant.ICON).build(),
        Column.of(Text.of(line.name()),
            Text.of(Functions.formatCurrency(line.unitPrice(), "EUR"), Text.Variant.CAPTION)),
        button("−1", CartHandlersActions.A2ui.remove(line.sku()), Button.Variant.DEFAULT,
            CheckRule.of(Functions.numeric(line.quantity(), 2.0, null), "An order has at least one of each product")),
        Text.of(Functions.formatNumber(line.quantity())),
        button("+1", CartHandlersActions.A2ui.add(line.sku()), Button.Variant.DEFAULT,
            CheckRule.of(Functions.numeric(line.quantity(), null, (double) OrderLine.MAX_QUANTITY),
                "At most " + OrderLine.MAX_QUANTITY + " of a product")));
  }

  private static Node placed(OrderSummary order, OrderSummaryPaths paths) {
    return Column.of(
        Text.of("Order placed", Text.Variant.H3),
        Text.of(Functions.formatText("#", paths.orderId(), " · " + Money.euros(order.total()))),
        Text.of("Arrives in 2–3 working days", Text.Variant.CAPTION),
        button("Start a new order", CartHandlersActions.A2ui.restart(), Button.Variant.DEFAULT));
  }

  private static Node amount(String label, String value) {
    return Row.of(Row.builder().justify(Justify.SPACE_BETWEEN), Text.of(label), Text.of(value));
  }
}
