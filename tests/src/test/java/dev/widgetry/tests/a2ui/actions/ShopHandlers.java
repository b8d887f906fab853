package dev.widgetry.tests.a2ui.actions;

import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.a2ui.A2uiSource;
import dev.widgetry.a2ui.DeleteSurface;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.Theme;
import dev.widgetry.a2ui.UpdateDataModel;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/** A shop's handlers, answering A2UI actions in each form a handler may (and ChatKit's, to show the difference). */
public class ShopHandlers {
  final Map<String, Integer> cart = new ConcurrentHashMap<>();
  volatile ActionContext lastContext;

  /** Adds to the cart and shows the new count on the surface the button was on. */
  @OnAction("shop.add")
  public A2uiAnswer add(AddToCart item, ActionContext context) {
    lastContext = context;
    int total = cart.merge(item.sku(), item.quantity(), Integer::sum);
    String surfaceId = A2uiSource.of(context).orElseThrow().surfaceId();
    return A2uiAnswer.of(
        UpdateDataModel.of(surfaceId, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
            .put("sku", item.sku()).put("count", total).put("giftWrap", item.giftWrap())));
  }

  /** A new surface, as a thank-you. */
  @OnAction("shop.checkout")
  static Surface checkout() {
    return Surface.builder("thanks").root(Text.of("Thank you")).build();
  }

  /** Closes the surface it came from. */
  @OnAction("shop.close")
  static DeleteSurface close(ActionContext context) {
    return new DeleteSurface(A2uiSource.of(context).orElseThrow().surfaceId());
  }

  /** Two messages as a list, later. */
  @OnAction("shop.refresh")
  static CompletionStage<List<ServerMessage>> refresh(ActionContext context) {
    String surfaceId = A2uiSource.of(context).orElseThrow().surfaceId();
    return CompletableFuture.supplyAsync(() -> List.of(new DeleteSurface(surfaceId),
        Surface.builder(surfaceId).root(Text.of("Fresh")).build().create()));
  }

  /** A themed surface, which v0.9 renderers can be sent and v1.0 renderers cannot (v1.0 has no theme). */
  @OnAction("shop.themed")
  static Surface themed() {
    return Surface.builder("themed").theme(Theme.of().primaryColor("#00aa00")).root(Text.of("Green")).build();
  }

  @OnAction("shop.forget")
  void forget() {
    cart.clear();
  }

  @OnAction("shop.explode")
  static A2uiAnswer explode() {
    throw new IllegalStateException("secret internal detail");
  }

  /** A ChatKit answer, which an A2UI client cannot be sent. */
  @OnAction("shop.widget")
  static ActionResult widget() {
    return ActionResult.replace(Card.of(dev.widgetry.chatkit.Text.of("not A2UI")));
  }
}
