package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.chatkit.server.types.ThreadItem;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A store of the application's that fails with an exception of its own (not a {@code
 * StoreException}) still gets the client an error: an {@code error} event closing the stream, or
 * a JSON {@code internal_error}; never a cut stream or a 500 with no body.
 */
class BrokenStoreTest {
  private final SqliteStore sqlite = SqliteStore.inMemory();
  private volatile boolean broken;
  private final DelegatingStore store = new DelegatingStore(sqlite) {
    @Override
    public ThreadMetadata loadThread(String threadId, ActionContext context) {
      fail();
      return super.loadThread(threadId, context);
    }

    @Override
    public void saveItem(ThreadItem item, ActionContext context) {
      fail();
      super.saveItem(item, context);
    }

    @Override
    public void addItem(ThreadItem item, ActionContext context) {
      fail();
      super.addItem(item, context);
    }

    private void fail() {
      if (broken) {
        throw new IllegalStateException("the connection pool is exhausted");
      }
    }
  };
  private final TestClient client = new TestClient(ChatKitServer.builder(
          (thread, message, context, stream) -> stream.widget(CounterHandlers.card(0)))
      .store(store)
      .actions(ActionDispatcher.of(new CounterHandlers()))
      .build());
  private final String threadId;
  private final String widgetId;

  BrokenStoreTest() {
    Answer created = client.post(Bodies.create("count"));
    threadId = created.createdThreadId();
    widgetId = created.events().get(created.events().size() - 1).path("item").path("id").asText();
    broken = true;
  }

  @AfterEach
  void close() {
    sqlite.close();
  }

  @Test
  void aUserMessageEndsWithARetryableErrorEvent() {
    Answer answer = client.post(Bodies.addMessage(threadId, "again"));

    assertEquals(List.of("error"), answer.types());
    assertEquals("stream.error", answer.event("error").path("code").asText());
    assertTrue(answer.event("error").path("allow_retry").asBoolean());
  }

  @Test
  void aStreamedActionEndsWithAnErrorEvent() {
    Answer answer = client.post(Bodies.action(threadId, widgetId, "counter.add", "{\"by\": 1}"));

    assertEquals("error", answer.types().get(answer.types().size() - 1));
  }

  @Test
  void aStreamedActionWhoseChangeCannotBeKeptEndsWithAnErrorEvent() {
    DelegatingStore failingOnSave = new DelegatingStore(sqlite) {
      @Override
      public void saveItem(ThreadItem item, ActionContext context) {
        throw new IllegalStateException("disk full");
      }
    };
    TestClient failing = new TestClient(ChatKitServer.builder((thread, message, context, stream) -> { })
        .store(failingOnSave)
        .actions(ActionDispatcher.of(new CounterHandlers()))
        .build());

    Answer answer = failing.post(Bodies.action(threadId, widgetId, "counter.add", "{\"by\": 1}"));

    assertEquals(List.of("stream_options", "error"), answer.types());
    Answer sync = failing.post(Bodies.syncAction(threadId, widgetId, "counter.add", "{\"by\": 1}"));
    assertEquals(500, sync.status());
    assertEquals("internal_error", sync.errorCode());
  }

  @Test
  void aSyncActionIsAnInternalError() {
    Answer answer = client.post(Bodies.syncAction(threadId, widgetId, "counter.add", "{\"by\": 1}"));

    assertEquals(500, answer.status());
    assertEquals("internal_error", answer.errorCode());
  }
}
