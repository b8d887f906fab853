package dev.widgetry.tests.http;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Text;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;

/** An asynchronous handler whose answer waits until the test opens the gate. */
public final class GatedHandlers {
  /** Counted down when the handler has been called and has returned its pending stage. */
  final CountDownLatch called = new CountDownLatch(1);
  /** Completed by the test with the text the answer shows. */
  final CompletableFuture<String> gate = new CompletableFuture<>();

  @OnAction("gate.wait")
  CompletionStage<Card> await() {
    CompletionStage<Card> answer = gate.thenApply(text -> Card.of(Text.of(text)));
    called.countDown();
    return answer;
  }
}
