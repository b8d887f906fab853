package dev.widgetry.tests.a2ui.actions;

import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.annotations.OnAction;
import dev.widgetry.runtime.ActionContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The functions a shop's agent runs for a v1.0 renderer, each returning its value in another form. */
public class ShopFunctions {
  volatile ActionContext lastContext;

  /** A record, written by its codec. */
  @OnAction("shop.quote")
  public Quote quote(AddToCart item, ActionContext context) {
    lastContext = context;
    return new Quote(item.sku(), item.quantity(), item.quantity() * 2.5);
  }

  /** A number. */
  @OnAction("shop.stock")
  static int stock() {
    return 7;
  }

  /** A string, later. */
  @OnAction("shop.greeting")
  static CompletionStage<String> greeting() {
    return CompletableFuture.supplyAsync(() -> "Welcome back");
  }

  /** Nothing: the function's value is JSON null. */
  @OnAction("shop.ping")
  static void ping() {}

  @OnAction("shop.broken")
  static String broken() {
    throw new IllegalStateException("secret internal detail");
  }

  /** Server messages are an action's answer, not a function's value. */
  @OnAction("shop.messages")
  static A2uiAnswer messages() {
    return A2uiAnswer.none();
  }
}
