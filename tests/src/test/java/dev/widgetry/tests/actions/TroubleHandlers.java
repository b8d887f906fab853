package dev.widgetry.tests.actions;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Text;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Handlers that fail the hard ways: they never answer, overflow the stack, or take their time. */
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

  /** Answers synchronously after {@code millis}. */
  @OnAction("trouble.slow")
  static Card slow(int millis) throws InterruptedException {
    Thread.sleep(millis);
    return Card.of(Text.of("slept " + millis));
  }
}
