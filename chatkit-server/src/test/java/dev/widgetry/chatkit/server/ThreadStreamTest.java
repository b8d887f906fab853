package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.widgetry.chatkit.server.store.Order;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.chatkit.server.types.AssistantMessageContent;
import dev.widgetry.chatkit.server.types.AssistantMessageItem;
import dev.widgetry.chatkit.server.types.ClientToolCallItem;
import dev.widgetry.chatkit.server.types.HiddenContextItem;
import dev.widgetry.chatkit.server.types.SdkHiddenContextItem;
import dev.widgetry.chatkit.server.types.Task;
import dev.widgetry.chatkit.server.types.TaskItem;
import dev.widgetry.chatkit.server.types.ThreadItem;
import dev.widgetry.chatkit.server.types.ThreadItemUpdate;
import dev.widgetry.chatkit.server.types.WidgetItem;
import dev.widgetry.chatkit.server.types.Workflow;
import dev.widgetry.chatkit.server.types.WorkflowItem;
import dev.widgetry.runtime.ActionContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a {@link ThreadStream} keeps and sends: hidden items kept unseen, items sent in the order they were kept. */
class ThreadStreamTest {
  private final SqliteStore sqlite = SqliteStore.inMemory();

  @AfterEach
  void close() {
    sqlite.close();
  }

  @Test
  void hiddenItemsAreKeptAndNeverSentOrListed() {
    ChatKitServer server = ChatKitServer.builder((thread, message, context, stream) -> {
          stream.text("before");
          HiddenContextItem hidden = new HiddenContextItem(stream.newItemId(), thread.id(), Instant.now(),
              JsonNodeFactory.instance.textNode("first"));
          stream.add(hidden);
          stream.replace(new HiddenContextItem(hidden.id(), thread.id(), hidden.createdAt(),
              JsonNodeFactory.instance.textNode("second")));
          stream.add(new SdkHiddenContextItem(stream.newItemId(), thread.id(), Instant.now(), "sdk"));
          stream.text("after");
        })
        .store(sqlite)
        .build();
    TestClient client = new TestClient(server);

    Answer answer = client.post(Bodies.create("hello"));

    String threadId = answer.createdThreadId();
    assertEquals(List.of("thread.created", "thread.item.done", "stream_options", "thread.item.done",
        "thread.item.done"), answer.types());
    assertEquals(List.of("user_message", "assistant_message", "assistant_message"), itemTypes(answer.events()));
    List<ThreadItem> kept = sqlite.loadItems(threadId, null, 10, Order.ASC, ActionContext.empty()).data();
    assertEquals(5, kept.size());
    assertEquals("second", ((HiddenContextItem) kept.get(2)).content().asText());
    assertEquals("sdk", ((SdkHiddenContextItem) kept.get(3)).content());
    JsonNode listed = client.post(Bodies.listItems(threadId, 10, "asc", null)).json().path("data");
    assertEquals(List.of("user_message", "assistant_message", "assistant_message"), types(listed));
    JsonNode thread = client.post(Bodies.getThread(threadId)).json().path("items").path("data");
    assertEquals(List.of("user_message", "assistant_message", "assistant_message"), types(thread));
  }

  /**
   * While one item is being kept, another thread of the responder adds a second: the second waits
   * for the first to be sent, so the client sees them in the order the store holds them.
   */
  @Test
  void itemsAddedFromTwoThreadsAreSentInTheOrderTheyWereKept() {
    AtomicReference<ThreadStream> current = new AtomicReference<>();
    AtomicReference<java.lang.Thread> second = new AtomicReference<>();
    DelegatingStore store = new DelegatingStore(sqlite) {
      @Override
      public void addItem(ThreadItem item, ActionContext context) {
        super.addItem(item, context);
        if (item instanceof AssistantMessageItem message && message.content().get(0).text().equals("first")) {
          ThreadStream stream = current.get();
          java.lang.Thread adder = new java.lang.Thread(() -> stream.add(new AssistantMessageItem(stream.newItemId(),
              item.threadId(), Instant.now(), List.of(AssistantMessageContent.of("second")))));
          second.set(adder);
          adder.start();
          awaitBlockedOrDone(adder);
        }
      }
    };
    ChatKitServer server = ChatKitServer.builder((thread, message, context, stream) -> {
          current.set(stream);
          stream.text("first");
          second.get().join();
        })
        .store(store)
        .build();

    Answer answer = new TestClient(server).post(Bodies.create("hello"));

    List<String> sent = new ArrayList<>();
    for (JsonNode event : answer.events("thread.item.done")) {
      sent.add(event.path("item").path("content").path(0).path("text").asText());
    }
    List<String> kept = new ArrayList<>();
    for (ThreadItem item : sqlite.loadItems(answer.createdThreadId(), null, 10, Order.ASC, ActionContext.empty())
        .data()) {
      kept.add(item instanceof AssistantMessageItem message ? message.content().get(0).text() : "hello");
    }
    assertEquals(List.of("hello", "first", "second"), kept);
    assertEquals(kept, sent);
  }

  @Test
  void itemIdsArePrefixedByKindAsChatKitPythonPrefixesThem() {
    ThreadStream stream = new ThreadStream(null, sqlite, ActionContext.empty(),
        dev.widgetry.chatkit.server.types.ThreadMetadata.of("thr_1", Instant.now()), null);

    assertTrue(stream.newItemId(ClientToolCallItem.class).matches("tc_[0-9a-f]{16}"));
    assertTrue(stream.newItemId(WorkflowItem.class).matches("wf_[0-9a-f]{16}"));
    assertTrue(stream.newItemId(TaskItem.class).matches("tsk_[0-9a-f]{16}"));
    assertTrue(stream.newItemId(WidgetItem.class).matches("msg_[0-9a-f]{16}"));
    assertTrue(stream.newItemId().matches("msg_[0-9a-f]{16}"));
  }

  @Test
  void aWorkflowsTaskIsSentAsAnUpdateOfItsItem() {
    ChatKitServer server = ChatKitServer.builder((thread, message, context, stream) -> {
          String id = stream.newItemId(WorkflowItem.class);
          stream.add(new WorkflowItem(id, thread.id(), Instant.now(),
              new Workflow(Workflow.Kind.REASONING, List.of(), null, false)));
          stream.update(id, new ThreadItemUpdate.WorkflowTaskAdded(0,
              new Task.Thought(Task.StatusIndicator.LOADING, "Thinking", "First, ...")));
        })
        .store(sqlite)
        .build();

    Answer answer = new TestClient(server).post(Bodies.create("hello"));

    JsonNode update = answer.event("thread.item.updated");
    assertEquals(answer.events("thread.item.done").get(1).path("item").path("id").asText(),
        update.path("item_id").asText());
    assertEquals("workflow.task.added", update.path("update").path("type").asText());
    assertEquals("First, ...", update.path("update").path("task").path("content").asText());
  }

  private static void awaitBlockedOrDone(java.lang.Thread thread) {
    while (thread.getState() != java.lang.Thread.State.BLOCKED
        && thread.getState() != java.lang.Thread.State.TERMINATED) {
      java.lang.Thread.onSpinWait();
    }
  }

  private static List<String> itemTypes(List<JsonNode> events) {
    List<String> types = new ArrayList<>();
    for (JsonNode event : events) {
      if (event.has("item")) {
        types.add(event.path("item").path("type").asText());
      }
    }
    return types;
  }

  private static List<String> types(JsonNode items) {
    List<String> types = new ArrayList<>();
    items.forEach(item -> types.add(item.path("type").asText()));
    assertFalse(types.isEmpty());
    return types;
  }
}
