package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.chatkit.server.types.StructuredInput;
import dev.widgetry.chatkit.server.types.StructuredInputItem;
import dev.widgetry.runtime.ActionContext;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code threads.add_structured_input}: answers are kept on the questions and the responder runs
 * again; answers to questions not asked, options not offered, or questions already answered are
 * refused with an error event, and nothing is kept.
 */
class StructuredInputTest {
  private static final String THREAD = "thr_questions";
  private static final String ITEM = "msg_questions";
  private final SqliteStore store = SqliteStore.inMemory();
  private final AtomicInteger answered = new AtomicInteger();
  private final TestClient client = new TestClient(ChatKitServer.builder((thread, message, context, stream) -> {
        answered.incrementAndGet();
        stream.text("Thanks");
      })
      .store(store)
      .build());

  StructuredInputTest() {
    ActionContext context = ActionContext.empty();
    store.saveThread(dev.widgetry.chatkit.server.types.ThreadMetadata.of(THREAD, Instant.now()), context);
    store.addItem(new StructuredInputItem(ITEM, THREAD, Instant.now(), null, List.of(
        new StructuredInput.MultipleChoice("size", "Which size?", null,
            List.of(new StructuredInput.Option("S"), new StructuredInput.Option("M")), null),
        new StructuredInput.Freeform("why", "Why?", null, null))), context);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void answersAreKeptAndAnsweredOnce() {
    Answer first = client.post(answers("{\"size\":{\"values\":[\"M\"]},\"why\":{\"values\":[\"fits\"]}}"));

    assertEquals(List.of("thread.item.replaced", "stream_options", "thread.item.done"), first.types());
    StructuredInputItem kept = (StructuredInputItem) store.loadItem(THREAD, ITEM, ActionContext.empty());
    assertEquals(StructuredInputItem.Status.ANSWERED, kept.status());
    assertEquals(List.of("M"), ((StructuredInput.MultipleChoice) kept.inputs().get(0)).answer().values());
    Answer again = client.post(answers("{\"size\":{\"values\":[\"S\"]}}"));
    assertEquals(List.of("error"), again.types());
    assertEquals(1, answered.get());
  }

  @Test
  void anAnswerToAQuestionNotAskedIsRefused() {
    assertRefused("{\"colour\":{\"values\":[\"red\"]}}");
  }

  @Test
  void anOptionNotOfferedIsRefused() {
    assertRefused("{\"size\":{\"values\":[\"XL\"]}}");
  }

  @Test
  void twoOptionsWhereOneIsTakenAreRefused() {
    assertRefused("{\"size\":{\"values\":[\"S\",\"M\"]}}");
  }

  private void assertRefused(String answersJson) {
    Answer answer = client.post(answers(answersJson));

    assertEquals(List.of("error"), answer.types());
    StructuredInputItem kept = (StructuredInputItem) store.loadItem(THREAD, ITEM, ActionContext.empty());
    assertEquals(StructuredInputItem.Status.PENDING, kept.status());
    assertEquals(0, answered.get());
  }

  private static String answers(String answersJson) {
    return "{\"type\":\"threads.add_structured_input\",\"params\":{\"thread_id\":\"" + THREAD + "\",\"item_id\":\""
        + ITEM + "\",\"input\":{\"status\":\"answered\",\"answers\":" + answersJson + "}}}";
  }
}
