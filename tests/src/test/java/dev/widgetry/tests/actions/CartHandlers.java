package dev.widgetry.tests.actions;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Text;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResult;
import dev.widgetry.tests.constraints.Min;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A shopping cart's handlers, with every kind of parameter and return a handler can have. */
public class CartHandlers {
  final Map<String, Integer> cart = new ConcurrentHashMap<>();
  final AtomicInteger cleared = new AtomicInteger();

  /** Adds some of a product to the cart. */
  @OnAction("cart.add")
  public ActionResult addItem(AddItem item, ActionContext context) {
    int total = cart.merge(item.sku(), item.quantity(), Integer::sum);
    String who = context.get(Locale.class).map(Locale::toLanguageTag).orElse("?");
    return ActionResult.update(Card.of(Text.of(item.sku() + " x" + total))).withMessage("Added for " + who);
  }

  @OnAction("cart.clear")
  void clear() {
    cart.clear();
    cleared.incrementAndGet();
  }

  @OnAction("cart.quantity")
  static Card setQuantity(@Min(1) int quantity) {
    return Card.of(Text.of("quantity " + quantity));
  }

  @OnAction("cart.tags")
  static ActionResult tags(List<String> tags, ActionContext context) {
    return ActionResult.add(Card.of(Text.of(String.join(",", tags) + " from " + context.itemId().orElse("-"))));
  }

  @OnAction("newsletter.subscribe")
  CompletionStage<ActionResult> subscribe(Subscribe form) {
    return CompletableFuture.supplyAsync(() -> ActionResult.none().withMessage(form.email() + " joined " + form.plan()));
  }

  @OnAction("cart.explode")
  ActionResult explode() {
    throw new IllegalStateException("secret internal detail");
  }

  @OnAction("cart.later")
  CompletionStage<Card> later() {
    return CompletableFuture.failedFuture(new IllegalStateException("async secret"));
  }
}
