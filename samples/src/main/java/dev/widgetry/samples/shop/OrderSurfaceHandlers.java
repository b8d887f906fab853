package dev.widgetry.samples.shop;

import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.annotations.OnAction;
import dev.widgetry.samples.SurfaceUpdates;
import java.util.List;

/**
 * The order surface's actions, for A2UI renderers: the ChatKit card's actions with the prefix
 * {@code a2ui.} and the same payloads (a record, as an A2UI context is an object), handed to the same {@link CartHandlers} (so both views share
 * one order) and answered with the surface drawn again. A handler answers one protocol, by its
 * return type, and an action type names one handler: hence these, and their names.
 */
public final class OrderSurfaceHandlers {
  private final CartHandlers cart;

  public OrderSurfaceHandlers(CartHandlers cart) {
    this.cart = cart;
  }

  @OnAction("a2ui.cart.add")
  List<ServerMessage> add(ProductChoice product) {
    cart.add(product.sku());
    return surface();
  }

  @OnAction("a2ui.cart.remove")
  List<ServerMessage> remove(ProductChoice product) {
    cart.remove(product.sku());
    return surface();
  }

  @OnAction("a2ui.order.place")
  List<ServerMessage> place() {
    cart.place();
    return surface();
  }

  @OnAction("a2ui.order.restart")
  List<ServerMessage> restart() {
    cart.restart();
    return surface();
  }

  private List<ServerMessage> surface() {
    return SurfaceUpdates.of(OrderSurface.of(cart.summary()));
  }
}
