package dev.widgetry.tests.http;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Text;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResult;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;

/**
 * A ledger whose every answer names the entry it recorded and the clerk who sent it, so a test can
 * tell each answer from all the others; and whose final state a test can compare exactly.
 */
public final class LedgerHandlers {
  private final ConcurrentMap<String, Integer> amounts = new ConcurrentHashMap<>();
  private final Executor later;

  /** @param later where {@code ledger.record_later} records, away from the server's threads */
  LedgerHandlers(Executor later) {
    this.later = later;
  }

  @OnAction("ledger.record")
  ActionResult record(Entry entry, ActionContext context) {
    Integer earlier = amounts.putIfAbsent(entry.id(), entry.amount());
    String what = earlier == null ? "recorded " : "already had ";
    return ActionResult.update(Card.of(Text.of(what + entry.id() + " = " + entry.amount())))
        .withMessage("by " + context.get(Clerk.class).map(Clerk::name).orElse("nobody"));
  }

  @OnAction("ledger.record_later")
  CompletionStage<ActionResult> recordLater(Entry entry, ActionContext context) {
    return CompletableFuture.supplyAsync(() -> record(entry, context), later);
  }

  @OnAction("ledger.echo")
  static Card echo(String text) {
    return Card.of(Text.of("echo " + text));
  }

  /** What has been recorded: each id with its amount. */
  Map<String, Integer> amounts() {
    return Map.copyOf(amounts);
  }
}
