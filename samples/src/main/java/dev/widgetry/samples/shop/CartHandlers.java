package dev.widgetry.samples.shop;

import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.runtime.ActionResult;
import dev.widgetry.runtime.Reply;
import dev.widgetry.samples.SurfaceUpdates;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A shop's cart: the order the summary card (ChatKit) and the order surface (A2UI) show, and the
 * actions of their buttons. Each action answers both: a {@link Reply} with the card's result for
 * ChatKit and the surface drawn again for A2UI, built from the order as the action left it. The
 * state lives in memory; every method holds the lock, so concurrent clicks see each other's changes.
 */
public final class CartHandlers {
  private static final double FREE_SHIPPING_FROM = 40;
  private static final double SHIPPING = 4.90;
  private static final List<OrderLine> STARTER = List.of(
      new OrderLine("tea", "Sencha green tea, 100 g", 8.50, 2, "/img/tea.svg"),
      new OrderLine("mug", "Stoneware mug", 14.00, 1, "/img/mug.svg"),
      new OrderLine("honey", "Wildflower honey", 7.25, 1, "/img/honey.svg"));

  private List<OrderLine> lines = STARTER;
  private int orderNumber = 1042;
  private boolean placed;

  /** Adds one of a product. */
  @OnAction("cart.add")
  synchronized Reply add(ProductChoice product) {
    return changeQuantity(product.sku(), +1);
  }

  /** Takes one of a product out; the last one stays (an order has at least one of each line). */
  @OnAction("cart.remove")
  synchronized Reply remove(ProductChoice product) {
    return changeQuantity(product.sku(), -1);
  }

  /** Places the order. */
  @OnAction("order.place")
  synchronized Reply place() {
    placed = true;
    OrderSummary order = summary();
    return reply(order, () -> ActionResult.replace(widget(order))
        .withMessage("Order #" + order.orderId() + " is placed. We'll email you when it ships."));
  }

  /** Starts a new order with the usual products. */
  @OnAction("order.restart")
  synchronized Reply restart() {
    orderNumber++;
    placed = false;
    lines = STARTER;
    OrderSummary order = summary();
    return Reply.of(Card.class, () -> OrderCard.render(order)).or(A2uiAnswer.class, () -> surface(order));
  }

  /** The order as it stands. */
  public synchronized OrderSummary summary() {
    double subtotal = lines.stream().mapToDouble(OrderLine::total).sum();
    return new OrderSummary(String.valueOf(orderNumber), lines, subtotal >= FREE_SHIPPING_FROM ? 0 : SHIPPING, placed);
  }

  /** The widget the gallery shows now. */
  public synchronized WidgetRoot widget() {
    return widget(summary());
  }

  private static WidgetRoot widget(OrderSummary order) {
    return order.placed() ? OrderCard.placed(order) : OrderCard.render(order);
  }

  /** {@code chatKit} for the card; the surface of {@code order} for A2UI. */
  private static Reply reply(OrderSummary order, Supplier<ActionResult> chatKit) {
    return Reply.of(ActionResult.class, chatKit).or(A2uiAnswer.class, () -> surface(order));
  }

  /** The order surface drawn again on the renderer's: A2UI's answer to every action here. */
  private static A2uiAnswer surface(OrderSummary order) {
    return new A2uiAnswer(SurfaceUpdates.of(OrderSurface.of(order)));
  }

  private Reply changeQuantity(String sku, int change) {
    OrderSummary unchanged = summary();
    if (placed) {
      return reply(unchanged, () -> ActionResult.none()
          .withMessage("Order #" + unchanged.orderId() + " is placed already; start a new one to change it."));
    }
    List<OrderLine> changed = new ArrayList<>();
    OrderLine found = null;
    for (OrderLine line : lines) {
      if (line.sku().equals(sku)) {
        found = line;
        int quantity = Math.max(1, Math.min(OrderLine.MAX_QUANTITY, line.quantity() + change));
        changed.add(line.withQuantity(quantity));
      } else {
        changed.add(line);
      }
    }
    if (found == null) {
      return reply(unchanged, () -> ActionResult.none().withMessage("This order has no product \"" + sku + "\"."));
    }
    lines = List.copyOf(changed);
    OrderSummary order = summary();
    return reply(order, () -> ActionResult.update(widget(order)));
  }
}
