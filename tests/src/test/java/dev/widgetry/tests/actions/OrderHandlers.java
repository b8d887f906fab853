package dev.widgetry.tests.actions;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.ActionConfig;
import dev.widgetry.chatkit.Button;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.CardAction;
import dev.widgetry.chatkit.Text;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** An order's handler that answers later, with a widget full of buttons for middleware to change. */
public class OrderHandlers {

  /** Shows an order, with buttons to track it, refund it and pay for it. */
  @OnAction("order.show")
  CompletionStage<Card> show() {
    return CompletableFuture.supplyAsync(() -> Card.builder()
        .children(
            Text.of("Order #1042"),
            Button.of("Track", ActionConfig.of("order.track")),
            Button.of("Refund", ActionConfig.of("order.refund")))
        .confirm(CardAction.of("Pay", ActionConfig.of("order.pay")))
        .build());
  }
}
