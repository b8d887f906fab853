package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.chatkit.server.internal.UpdateApplier;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.Widgets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Widget actions reach the application's {@code @OnAction} handlers through its dispatcher, and
 * what a handler changes is kept in the thread: a reload shows the widget as the action left it.
 */
class ActionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SqliteStore store = SqliteStore.inMemory();
  private final CounterHandlers handlers = new CounterHandlers();
  private final TestClient client = new TestClient(ChatKitServer.builder(
          (thread, message, context, stream) -> stream.widget(CounterHandlers.card(0)))
      .store(store)
      .actions(ActionDispatcher.of(handlers))
      .build());
  private final String threadId;
  private final String widgetId;

  ActionsTest() {
    Answer created = client.post(Bodies.create("count"));
    threadId = created.createdThreadId();
    widgetId = created.events().get(created.events().size() - 1).path("item").path("id").asText();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void anUpdateIsSentAsTheComponentThatChangedAndKept() {
    Answer answer = client.post(Bodies.action(threadId, widgetId, "counter.add", "{\"by\": 1}"));

    assertEquals(List.of("stream_options", "thread.item.updated"), answer.types());
    JsonNode update = answer.event("thread.item.updated").path("update");
    assertEquals("widget.component.updated", update.path("type").asText());
    assertEquals("count", update.path("component_id").asText());
    assertEquals("Count: 1", update.path("component").path("value").asText());
    assertEquals(Widgets.toJson(CounterHandlers.card(1)), widgetOnReload().toString());
  }

  @Test
  void aSyncActionAnswersTheUpdatedItemAndKeepsIt() {
    client.post(Bodies.action(threadId, widgetId, "counter.add", "{\"by\": 1}"));

    Answer answer = client.post(Bodies.syncAction(threadId, widgetId, "counter.add", "{\"by\": 2}"));

    assertEquals(widgetId, answer.json().path("updated_item").path("id").asText());
    assertEquals(Widgets.toJson(CounterHandlers.card(3)), answer.json().path("updated_item").path("widget").toString());
    assertEquals(Widgets.toJson(CounterHandlers.card(3)), widgetOnReload().toString());
  }

  @Test
  void aReplacedWidgetIsSentReplacedAndKept() {
    client.post(Bodies.action(threadId, widgetId, "counter.add", "{\"by\": 5}"));

    Answer answer = client.post(Bodies.action(threadId, widgetId, "counter.reset", null));

    JsonNode replaced = answer.event("thread.item.replaced").path("item");
    assertEquals(widgetId, replaced.path("id").asText());
    assertEquals(Widgets.toJson(CounterHandlers.card(0)), replaced.path("widget").toString());
    assertEquals(Widgets.toJson(CounterHandlers.card(0)), widgetOnReload().toString());
  }

  @Test
  void anAddedWidgetAndAMessageBecomeItemsOfTheThread() {
    Answer answer = client.post(Bodies.action(threadId, widgetId, "counter.note", null));

    assertEquals(List.of("stream_options", "thread.item.done", "thread.item.done"), answer.types());
    Answer items = client.post(Bodies.listItems(threadId, 10, "asc", null));
    assertEquals(4, items.json().path("data").size(), items.json().toString());
    assertEquals(answer.events().get(1).path("item"), items.json().path("data").path(2));
    assertEquals("Noted", items.json().path("data").path(3).path("content").path(0).path("text").asText());
  }

  @Test
  void anUnknownActionIsAnErrorEventAndNoHandlerRuns() {
    Answer answer = client.post(Bodies.action(threadId, widgetId, "counter.explode", null));

    assertEquals(List.of("error"), answer.types());
    assertTrue(answer.event("error").path("message").asText().contains("counter.explode"));
    assertEquals(0, handlers.calls.get());
  }

  @Test
  void anInvalidPayloadIsAnErrorEventAndNoHandlerRuns() {
    Answer answer = client.post(Bodies.action(threadId, widgetId, "counter.add", "{\"by\": \"one\"}"));

    assertEquals(List.of("error"), answer.types());
    assertTrue(answer.event("error").path("message").asText().contains("/params/action/payload/by"),
        answer.event("error").toString());
    assertEquals(0, handlers.calls.get());
  }

  @Test
  void anUnknownItemOrThreadIsRefusedBeforeTheHandler() {
    Answer unknownItem = client.post(Bodies.action(threadId, "msg_0000000000000000", "counter.add", "{\"by\": 1}"));
    Answer unknownThread = client.post(Bodies.action("thr_0000000000000000", widgetId, "counter.add", "{\"by\": 1}"));
    Answer syncUnknownThread =
        client.post(Bodies.syncAction("thr_0000000000000000", widgetId, "counter.add", "{\"by\": 1}"));

    assertEquals(List.of("error"), unknownItem.types());
    assertTrue(unknownItem.event("error").path("message").asText().contains("msg_0000000000000000"));
    assertEquals(List.of("error"), unknownThread.types());
    assertEquals(404, syncUnknownThread.status());
    assertEquals("not_found", syncUnknownThread.errorCode());
    assertEquals(0, handlers.calls.get());
  }

  @Test
  void anItemThatIsNotAWidgetSentNoAction() {
    String userMessageId = client.post(Bodies.listItems(threadId, 1, "asc", null)).json().path("data").path(0)
        .path("id").asText();

    Answer answer = client.post(Bodies.action(threadId, userMessageId, "counter.add", "{\"by\": 1}"));

    assertEquals(List.of("error"), answer.types());
    assertEquals(0, handlers.calls.get());
  }

  @Test
  void aFailingHandlerChangesNothing() {
    Answer answer = client.post(Bodies.action(threadId, widgetId, "counter.fail", null));

    assertEquals(List.of("error"), answer.types());
    assertTrue(answer.event("error").path("allow_retry").asBoolean());
    assertEquals(Widgets.toJson(CounterHandlers.card(0)), widgetOnReload().toString());
    assertEquals(2, client.post(Bodies.listItems(threadId, 10, "asc", null)).json().path("data").size());
  }

  @Test
  void aServerWithoutHandlersRefusesActions() {
    TestClient bare = new TestClient(ChatKitServer.builder((thread, message, context, stream) -> {}).store(store)
        .build());

    Answer answer = bare.post(Bodies.action(threadId, widgetId, "counter.add", "{\"by\": 1}"));

    assertEquals(List.of("error"), answer.types());
    assertFalse(answer.event("error").path("allow_retry").asBoolean());
  }

  @Test
  void anActionThatAnswersAfterAnotherIsSentAgainstTheOthersWidget() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      // Begins with the card at 0, and answers "still 0" once the other action has made it 1.
      Future<Answer> slow = pool.submit(() ->
          client.post(Bodies.action(threadId, widgetId, "counter.hold", "{\"by\": 0}")));
      handlers.holding.await();
      Answer fast = client.post(Bodies.action(threadId, widgetId, "counter.add", "{\"by\": 1}"));
      handlers.release.countDown();
      Answer late = slow.get();

      JsonNode onTheClient = JSON.readTree(Widgets.toJson(CounterHandlers.card(0)));
      for (Answer answer : List.of(fast, late)) {
        for (JsonNode event : answer.events("thread.item.updated")) {
          onTheClient = UpdateApplier.apply(onTheClient, event.path("update"));
        }
      }
      assertEquals(Widgets.toJson(CounterHandlers.card(0)), widgetOnReload().toString());
      assertEquals(widgetOnReload(), onTheClient);
    } finally {
      handlers.release.countDown();
      pool.shutdownNow();
    }
  }

  private JsonNode widgetOnReload() {
    JsonNode items = client.post(Bodies.getThread(threadId)).json().path("items").path("data");
    for (JsonNode item : items) {
      if (item.path("id").asText().equals(widgetId)) {
        return item.path("widget");
      }
    }
    throw new AssertionError("The widget " + widgetId + " is gone from " + items);
  }
}
