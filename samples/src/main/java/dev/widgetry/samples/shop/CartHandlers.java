package dev.widgetry.samples.shop;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.runtime.ActionResult;
import dev.widgetry.samples.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;

/**
 * A shop's cart: the order the summary card shows, and the actions of its buttons. The state lives
 * in memory; every method holds the lock, so concurrent clicks see each other's changes.
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
  synchronized ActionResult add(@NotBlank String sku) {
    return changeQuantity(sku, +1);
  }

  /** Takes one of a product out; the last one stays (an order has at least one of each line). */
  @OnAction("cart.remove")
  synchronized ActionResult remove(@NotBlank String sku) {
    return changeQuantity(sku, -1);
  }

  /** Places the order. */
  @OnAction("order.place")
  synchronized ActionResult place() {
    placed = true;
    return ActionResult.replace(widget()).withMessage("Order #" + orderNumber + " is placed. We'll email you when it ships.");
  }

  /** Starts a new order with the usual products. */
  @OnAction("order.restart")
  synchronized Card restart() {
    orderNumber++;
    placed = false;
    lines = STARTER;
    return OrderCard.render(summary());
  }

  /** The order as it stands. */
  public synchronized OrderSummary summary() {
    double subtotal = lines.stream().mapToDouble(OrderLine::total).sum();
    return new OrderSummary(String.valueOf(orderNumber), lines, subtotal >= FREE_SHIPPING_FROM ? 0 : SHIPPING, placed);
  }

  /** The widget the gallery shows now. */
  public synchronized WidgetRoot widget() {
    OrderSummary summary = summary();
    return placed ? OrderCard.placed(summary) : OrderCard.render(summary);
  }

  private ActionResult changeQuantity(String sku, int change) {
    if (placed) {
      return ActionResult.none().withMessage("Order #" + orderNumber + " is placed already; start a new one to change it.");
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
      return ActionResult.none().withMessage("This order has no product \"" + sku + "\".");
    }
    lines = List.copyOf(changed);
    return ActionResult.update(widget());
  }
}
