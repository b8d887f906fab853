package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.chatkit.Box;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.CardAction;
import dev.widgetry.chatkit.ActionConfig;
import dev.widgetry.chatkit.Markdown;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.Spacer;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.Title;
import dev.widgetry.chatkit.WidgetComponent;
import dev.widgetry.chatkit.server.internal.UpdateApplier;
import dev.widgetry.chatkit.server.store.Order;
import dev.widgetry.chatkit.server.store.Page;
import dev.widgetry.chatkit.server.store.PostgresStore;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.chatkit.server.store.TestPostgres;
import dev.widgetry.chatkit.server.store.ThreadStore;
import dev.widgetry.chatkit.server.types.AssistantMessageItem;
import dev.widgetry.chatkit.server.types.ThreadItem;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import dev.widgetry.chatkit.server.types.UserMessageItem;
import dev.widgetry.chatkit.server.types.WidgetItem;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.Widgets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fifty clients at once over loopback HTTP, each running a conversation whose answer streams a
 * 2 KB widget through 20 states: every client receives every event, in order (applying the updates
 * it got rebuilds each state in turn), and the store holds exactly the expected items afterwards;
 * on SQLite and on PostgreSQL.
 */
class LoadTest {
  private static final int CLIENTS = 50;
  private static final List<Card> STATES = states();

  @TempDir
  Path folder;

  @Test
  void fiftyClientsOnSqlite() throws Exception {
    try (SqliteStore store = SqliteStore.open(folder.resolve("load.db"))) {
      run(store);
    }
  }

  @Test
  void fiftyClientsOnPostgres() throws Exception {
    run(PostgresStore.create(TestPostgres.newDatabase()));
  }

  private void run(ThreadStore store) throws Exception {
    assertTrue(Widgets.toJsonBytes(STATES.get(STATES.size() - 1)).length >= 2000, "a 2 KB widget");
    ChatKitServer server = ChatKitServer.builder((thread, message, context, stream) -> {
      stream.title(message.text());
      stream.text("Here it comes.");
      stream.widget(STATES);
    }).store(store).build();
    List<Answer> answers = new ArrayList<>();
    try (HttpClientForTests http = new HttpClientForTests(server, CLIENTS + 4)) {
      List<CompletableFuture<Answer>> sent = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        sent.add(http.post(Bodies.create("client " + i)));
      }
      for (CompletableFuture<Answer> answer : sent) {
        answers.add(answer.get());
      }
    }

    Set<String> threadIds = new HashSet<>();
    for (int i = 0; i < CLIENTS; i++) {
      Answer answer = answers.get(i);
      assertEquals(expectedTypes(), answer.types(), "client " + i);
      assertEveryStateArrivedInOrder(answer.events(), i);
      threadIds.add(answer.createdThreadId());
    }
    assertEquals(CLIENTS, threadIds.size());

    ActionContext context = ActionContext.empty();
    Set<String> stored = new HashSet<>();
    Page<ThreadMetadata> page = store.loadThreads(7, null, Order.DESC, context);
    while (true) {
      page.data().forEach(thread -> stored.add(thread.id()));
      if (!page.hasMore()) {
        break;
      }
      page = store.loadThreads(7, page.after(), Order.DESC, context);
    }
    assertEquals(threadIds, stored);
    for (String threadId : threadIds) {
      List<ThreadItem> items = store.loadItems(threadId, null, 10, Order.ASC, context).data();
      assertEquals(3, items.size(), threadId);
      assertTrue(items.get(0) instanceof UserMessageItem, threadId);
      assertEquals("Here it comes.", ((AssistantMessageItem) items.get(1)).content().get(0).text());
      assertEquals(STATES.get(STATES.size() - 1), ((WidgetItem) items.get(2)).widget());
      assertTrue(store.loadThread(threadId, context).title().startsWith("client "));
    }
  }

  /** Applies the widget's updates one by one: after the k-th, the client has state k. */
  private static void assertEveryStateArrivedInOrder(List<JsonNode> events, int client) {
    JsonNode widget = null;
    int state = 0;
    for (JsonNode event : events) {
      String type = event.path("type").asText();
      if (type.equals("thread.item.added") && event.path("item").path("type").asText().equals("widget")) {
        widget = event.path("item").path("widget");
        assertEquals(json(0), UpdateApplier.normalized(widget), "client " + client + ", first state");
      } else if (type.equals("thread.item.updated") && widget != null) {
        widget = UpdateApplier.apply(widget, event.path("update"));
        state++;
        assertEquals(json(state), UpdateApplier.normalized(widget), "client " + client + ", state " + state);
      } else if (type.equals("thread.item.done") && event.path("item").path("type").asText().equals("widget")) {
        assertEquals(json(STATES.size() - 1), UpdateApplier.normalized(event.path("item").path("widget")));
      }
    }
    assertEquals(STATES.size() - 1, state, "client " + client + " got every update");
  }

  private static List<String> expectedTypes() {
    List<String> types = new ArrayList<>(List.of("thread.created", "thread.item.done", "stream_options",
        "thread.item.done", "thread.item.added"));
    for (int i = 1; i < STATES.size(); i++) {
      types.add("thread.item.updated");
    }
    types.add("thread.item.done");
    types.add("thread.updated");
    return types;
  }

  private static JsonNode json(int state) {
    return UpdateApplier.normalized(STATES.get(state));
  }

  /**
   * Twenty states of a receipt-like card, each one update from the last: the notes grow (a text
   * delta), or a row is added to the lines (a component update), and at last the card gains its
   * button (a root update).
   */
  private static List<Card> states() {
    List<Card> states = new ArrayList<>();
    StringBuilder notes = new StringBuilder("Notes:");
    List<WidgetComponent> rows = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      rows.add(row(i));
    }
    for (int step = 0; step < 19; step++) {
      if (step > 0 && step % 2 == 1) {
        notes.append(" Line ").append(step).append(" was checked against the warehouse.");
      } else if (step > 0) {
        rows.add(row(rows.size()));
      }
      states.add(card(notes.toString(), true, rows, false));
    }
    states.add(card(notes.toString(), true, rows, true));
    return List.copyOf(states);
  }

  private static Card card(String notes, boolean streaming, List<WidgetComponent> rows, boolean done) {
    Markdown text = streaming
        ? Markdown.builder().id("notes").value(notes).streaming(true).build()
        : Markdown.builder().id("notes").value(notes).build();
    List<WidgetComponent> children = List.of(Title.of("Receipt"), text,
        Box.builder().id("lines").children(List.copyOf(rows)).build());
    return done
        ? Card.builder().children(children).confirm(CardAction.of("Pay", ActionConfig.of("receipt.pay"))).build()
        : Card.builder().children(children).build();
  }

  private static Row row(int i) {
    return Row.of(Text.of("Item " + i + ": stoneware mug, glazed, 350 ml"), Spacer.of(), Text.of("€" + (10 + i) + ".00"));
  }
}
