package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.Widgets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A whole conversation through the Java API: a thread is created with an answer streamed as text
 * and a widget, reloaded, answered again, listed, renamed, and deleted; each answer in the order
 * and shapes chatkit-python sends.
 */
class ConversationTest {
  private final SqliteStore store = SqliteStore.inMemory();
  private final CounterHandlers handlers = new CounterHandlers();
  private final ChatKitServer server = ChatKitServer.builder((thread, message, context, stream) -> {
        try (TextStream text = stream.streamText()) {
          text.append("You said: ").append(message.text());
        }
        stream.widget(CounterHandlers.card(0));
      })
      .store(store)
      .actions(ActionDispatcher.of(handlers))
      .build();
  private final TestClient client = new TestClient(server);

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aNewThreadStreamsTheAnswerInChatKitPythonsOrder() {
    Answer answer = client.post(Bodies.create("hello"));

    assertEquals(List.of("thread.created", "thread.item.done", "stream_options", "thread.item.added",
        "thread.item.updated", "thread.item.updated", "thread.item.updated", "thread.item.updated",
        "thread.item.done", "thread.item.done"), answer.types());
    JsonNode user = answer.events().get(1).path("item");
    assertEquals("user_message", user.path("type").asText());
    assertEquals("hello", user.path("content").path(0).path("text").asText());
    List<JsonNode> updates = answer.events("thread.item.updated");
    assertEquals("assistant_message.content_part.added", updates.get(0).path("update").path("type").asText());
    assertEquals("You said: ", updates.get(1).path("update").path("delta").asText());
    assertEquals("hello", updates.get(2).path("update").path("delta").asText());
    assertEquals("You said: hello",
        updates.get(3).path("update").path("content").path("text").asText());
    JsonNode assistant = answer.events().get(8).path("item");
    assertEquals("You said: hello", assistant.path("content").path(0).path("text").asText());
    JsonNode widget = answer.events().get(9).path("item");
    assertEquals(Widgets.toJson(CounterHandlers.card(0)), widget.path("widget").toString());
  }

  @Test
  void aReloadShowsWhatWasStreamed() {
    Answer created = client.post(Bodies.create("hello"));
    String threadId = created.createdThreadId();

    Answer thread = client.post(Bodies.getThread(threadId));

    List<JsonNode> streamed = List.of(created.events().get(1).path("item"), created.events().get(8).path("item"),
        created.events().get(9).path("item"));
    assertEquals(streamed, List.copyOf(list(thread.json().path("items").path("data"))));
    assertFalse(thread.json().path("items").path("has_more").asBoolean());
  }

  @Test
  void aSecondMessageIsAnsweredInTheSameThread() {
    String threadId = client.post(Bodies.create("one")).createdThreadId();

    Answer second = client.post(Bodies.addMessage(threadId, "two"));

    assertEquals("thread.item.done", second.types().get(0));
    assertEquals("stream_options", second.types().get(1));
    Answer items = client.post(Bodies.listItems(threadId, 10, "asc", null));
    assertEquals(6, items.json().path("data").size());
    assertEquals("two", items.json().path("data").path(3).path("content").path(0).path("text").asText());
  }

  @Test
  void threadsAreListedNewestFirstAndPagedByCursor() {
    String first = client.post(Bodies.create("a")).createdThreadId();
    String second = client.post(Bodies.create("b")).createdThreadId();
    String third = client.post(Bodies.create("c")).createdThreadId();

    Answer page = client.post(Bodies.listThreads(2, "desc", null));
    Answer rest = client.post(Bodies.listThreads(2, "desc", page.json().path("after").asText()));

    assertEquals(List.of(third, second), ids(page.json().path("data")));
    assertTrue(page.json().path("has_more").asBoolean());
    assertEquals(second, page.json().path("after").asText());
    assertEquals(List.of(first), ids(rest.json().path("data")));
    assertFalse(rest.json().path("has_more").asBoolean());
  }

  @Test
  void aThreadIsRenamedAndDeleted() {
    String threadId = client.post(Bodies.create("a")).createdThreadId();

    Answer renamed = client.post(Bodies.update(threadId, "Groceries"));
    assertEquals("Groceries", renamed.json().path("title").asText());
    assertEquals("Groceries", client.post(Bodies.getThread(threadId)).json().path("title").asText());

    Answer deleted = client.post(Bodies.delete(threadId));
    assertEquals(200, deleted.status());
    assertEquals(404, client.post(Bodies.getThread(threadId)).status());
    assertEquals(0, client.post(Bodies.listThreads(null, "desc", null)).json().path("data").size());
  }

  private static List<String> ids(JsonNode threads) {
    return list(threads).stream().map(thread -> thread.path("id").asText()).toList();
  }

  private static List<JsonNode> list(JsonNode array) {
    java.util.ArrayList<JsonNode> all = new java.util.ArrayList<>();
    array.forEach(all::add);
    return all;
  }
}
