package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.widgetry.chatkit.server.store.Order;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.chatkit.server.types.Annotation;
import dev.widgetry.chatkit.server.types.AssistantMessageItem;
import dev.widgetry.chatkit.server.types.Source;
import dev.widgetry.chatkit.server.types.ThreadItem;
import dev.widgetry.chatkit.server.types.ThreadStreamEvent;
import dev.widgetry.runtime.ActionContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The emits of a {@link ThreadStream} besides items: client effects, notices, annotations, removals. */
class ThreadStreamEmitsTest {
  private final SqliteStore store = SqliteStore.inMemory();

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void effectsNoticesAnnotationsAndRemovalsAreSentAndRemovalsKept() {
    AtomicBoolean cancelled = new AtomicBoolean(true);
    Answer answer = new TestClient(ChatKitServer.builder((thread, message, context, stream) -> {
          cancelled.set(stream.cancelled());
          stream.clientEffect("confetti", Map.of("count", JsonNodeFactory.instance.numberNode(3)));
          stream.notice(ThreadStreamEvent.Notice.Level.WARNING, "Running low", "Quota");
          AssistantMessageItem dropped = stream.text("dropped");
          try (TextStream text = stream.streamText()) {
            text.append("cited").annotate(new Annotation(new Source.File("Plan", null, null, null, "plan.pdf"), 0));
          }
          stream.remove(dropped.id());
        })
        .store(store)
        .build()).post(Bodies.create("hello"));

    assertFalse(cancelled.get());
    assertEquals("confetti", answer.event("client_effect").path("name").asText());
    assertEquals(3, answer.event("client_effect").path("data").path("count").asInt());
    assertEquals("warning", answer.event("notice").path("level").asText());
    assertEquals("Quota", answer.event("notice").path("title").asText());
    JsonNode annotation = answer.events("thread.item.updated").stream()
        .filter(event -> event.path("update").path("type").asText().equals("assistant_message.content_part.annotation_added"))
        .findFirst().orElseThrow();
    assertEquals("plan.pdf", annotation.path("update").path("annotation").path("source").path("filename").asText());
    String dropped = answer.events("thread.item.done").get(1).path("item").path("id").asText();
    assertEquals(dropped, answer.event("thread.item.removed").path("item_id").asText());
    List<ThreadItem> kept = store.loadItems(answer.createdThreadId(), null, 10, Order.ASC, ActionContext.empty()).data();
    assertEquals(2, kept.size());
    assertEquals("cited", ((AssistantMessageItem) kept.get(1)).content().get(0).text());
    assertEquals(1, ((AssistantMessageItem) kept.get(1)).content().get(0).annotations().size());
  }
}
