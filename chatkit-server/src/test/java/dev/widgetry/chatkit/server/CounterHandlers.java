package dev.widgetry.chatkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.annotations.OnAction;
import dev.widgetry.annotations.Widget;
import dev.widgetry.chatkit.Button;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import dev.widgetry.chatkit.server.types.WidgetItem;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResult;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** Action handlers for the server's tests: a counter card that counts up in place, or is replaced. */
public class CounterHandlers {
  final AtomicInteger calls = new AtomicInteger();
  /** Counted down when {@code counter.hold} has its sender; it then waits for {@link #release}. */
  final CountDownLatch holding = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);

  /** How much to add. */
  @Widget
  public record Step(int by) {}

  /** The counter card showing {@code count}, with an id'd text so an update can be a component update. */
  public static Card card(int count) {
    return Card.builder()
        .children(
            Text.builder().value("Count: " + count).id("count").build(),
            Button.of("Add", CounterHandlersActions.add(new Step(1))))
        .build();
  }

  @OnAction("counter.add")
  public ActionResult add(Step step, ActionContext context) {
    calls.incrementAndGet();
    WidgetItem sender = context.get(WidgetItem.class).orElseThrow();
    int count = countIn(sender.widget()) + step.by();
    return ActionResult.update(card(count));
  }

  /** {@code counter.add}, once the test lets it answer: for two actions on one widget at once. */
  @OnAction("counter.hold")
  public ActionResult hold(Step step, ActionContext context) throws InterruptedException {
    holding.countDown();
    release.await();
    return add(step, context);
  }

  @OnAction("counter.reset")
  public WidgetRoot reset(ActionContext context) {
    calls.incrementAndGet();
    context.get(ThreadMetadata.class).orElseThrow();
    return card(0);
  }

  @OnAction("counter.note")
  public ActionResult note() {
    calls.incrementAndGet();
    return ActionResult.add(Card.of(Text.of("A note"))).withMessage("Noted");
  }

  /** Takes any payload, or none: the card shows how many properties it had. */
  @OnAction("counter.touch")
  public WidgetRoot touch(JsonNode payload) {
    calls.incrementAndGet();
    return card(payload == null ? 0 : payload.size());
  }

  @OnAction("counter.fail")
  public ActionResult fail() {
    calls.incrementAndGet();
    throw new IllegalStateException("the handler broke");
  }

  static int countIn(WidgetRoot widget) {
    Text text = (Text) ((Card) widget).children().get(0);
    return Integer.parseInt(text.value().substring("Count: ".length()));
  }

}
