package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.chatkit.server.types.ClientToolCallItem;
import dev.widgetry.chatkit.server.types.ThreadItem;
import dev.widgetry.runtime.ActionContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code threads.retry_after_item} and {@code threads.add_client_tool_output} do to the
 * thread: a retry drops what followed the message and answers it again; a tool's output completes
 * the pending call and the responder answers on.
 */
class RetryAndToolOutputTest {
  private final SqliteStore store = SqliteStore.inMemory();
  private final AtomicInteger answers = new AtomicInteger();
  private final TestClient client = new TestClient(ChatKitServer.builder((thread, message, context, stream) -> {
        int n = answers.incrementAndGet();
        if (message != null && message.text().equals("where am I?")) {
          stream.add(new ClientToolCallItem(stream.newItemId(ClientToolCallItem.class), thread.id(), Instant.now(),
              null, "call_1", "get_location", Map.of(), null));
        } else {
          stream.text("answer " + n);
        }
      })
      .store(store)
      .build());

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aRetryDropsWhatFollowedTheMessageAndAnswersItAgain() {
    Answer created = client.post(Bodies.create("one"));
    String threadId = created.createdThreadId();
    String first = created.events().get(1).path("item").path("id").asText();
    client.post(Bodies.addMessage(threadId, "two"));

    Answer retried = client.post(Bodies.retry(threadId, first));

    assertEquals(List.of("stream_options", "thread.item.done"), retried.types());
    assertEquals(List.of("one", "answer 3"), texts(client.post(Bodies.listItems(threadId, 10, "asc", null)).json()));
  }

  @Test
  void aRetryAfterAnItemTheThreadDoesNotHoldIsAnErrorAndDropsNothing() {
    String threadId = client.post(Bodies.create("one")).createdThreadId();

    Answer retried = client.post(Bodies.retry(threadId, "msg_none"));

    assertEquals(List.of("error"), retried.types());
    assertEquals(List.of("one", "answer 1"), texts(client.post(Bodies.listItems(threadId, 10, "asc", null)).json()));
  }

  @Test
  void aToolsOutputCompletesThePendingCallAndTheResponderAnswersOn() {
    String threadId = client.post(Bodies.create("where am I?")).createdThreadId();

    Answer answered = client.post(Bodies.toolOutput(threadId, "{\"city\":\"Lisbon\"}"));

    assertEquals(List.of("stream_options", "thread.item.done"), answered.types());
    List<ThreadItem> items = store.loadItems(threadId, null, 10, dev.widgetry.chatkit.server.store.Order.ASC,
        ActionContext.empty()).data();
    ClientToolCallItem call = (ClientToolCallItem) items.get(1);
    assertEquals(ClientToolCallItem.Status.COMPLETED, call.status());
    assertEquals("Lisbon", call.output().path("city").asText());
    Answer again = client.post(Bodies.toolOutput(threadId, "{\"city\":\"Porto\"}"));
    assertEquals(List.of("error"), again.types());
  }

  private static List<String> texts(JsonNode page) {
    List<String> texts = new ArrayList<>();
    for (JsonNode item : page.path("data")) {
      texts.add(item.path("content").path(0).path("text").asText());
    }
    return texts;
  }
}
