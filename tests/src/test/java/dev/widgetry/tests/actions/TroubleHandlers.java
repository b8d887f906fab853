package dev.widgetry.tests.actions;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Handlers that fail the hard ways: they never answer, or they overflow the stack. */
public final class TroubleHandlers {
  private TroubleHandlers() {}

  @OnAction("trouble.never")
  static CompletionStage<Card> never() {
    return new CompletableFuture<>();
  }

  @OnAction("trouble.recurse")
  static void recurse() {
    recurse();
  }
}
