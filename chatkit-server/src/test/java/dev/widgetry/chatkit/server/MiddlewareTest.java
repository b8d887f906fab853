package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.Theme;
import dev.widgetry.chatkit.WidgetRewrites;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.chatkit.server.types.WidgetItem;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.WidgetMiddleware;
import dev.widgetry.runtime.WidgetPipeline;
import dev.widgetry.runtime.Widgets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server's middleware changes every widget the responder emits, for the request's context,
 * before it is compared, kept and sent: what the client is sent, and what a reload shows, is the
 * widget as the middleware left it.
 */
class MiddlewareTest {
  /** What the request's context says the user prefers. */
  record Shouting(boolean on) {}

  /** Upper-cases every text for a user who prefers it. */
  private static final WidgetMiddleware SHOUT = (widget, context) ->
      context.get(Shouting.class).filter(Shouting::on).isPresent() ? shout((Card) widget) : widget;
  private static final WidgetMiddleware DARK = (widget, context) -> WidgetRewrites.theme(Theme.DARK).rewrite(widget);

  private final SqliteStore store = SqliteStore.inMemory();

  @AfterEach
  void close() {
    store.close();
  }

  private ChatKitServer server(Responder responder) {
    return ChatKitServer.builder(responder).store(store).middleware(WidgetPipeline.of(SHOUT, DARK)).build();
  }

  @Test
  void aWholeWidgetIsSentAndKeptAsTheMiddlewareLeftIt() {
    ChatKitServer server = server((thread, message, context, stream) -> stream.widget(Card.of(Text.of("hello"))));
    TestClient client = new TestClient(server, ActionContext.empty().with(Shouting.class, new Shouting(true)));

    Answer answer = client.post(Bodies.create("hi"));

    String expected = Widgets.toJson(dark(Card.of(Text.of("HELLO"))));
    assertEquals(expected, answer.events().get(3).path("item").path("widget").toString());
    assertEquals(expected, reloaded(client, answer.createdThreadId()).get(1).path("widget").toString());
  }

  @Test
  void eachStateOfAStreamedWidgetIsChangedBeforeItIsCompared() {
    ChatKitServer server = server((thread, message, context, stream) ->
        stream.widget(List.of(Card.of(text("Once")), Card.of(text("Once upon")), Card.of(text("Once upon a time")))));
    TestClient client = new TestClient(server, ActionContext.empty().with(Shouting.class, new Shouting(true)));

    Answer answer = client.post(Bodies.create("story"));

    // Compared after the middleware: the grown text is still a delta, of the changed text.
    assertEquals(Widgets.toJson(dark(Card.of(text("ONCE")))),
        answer.event("thread.item.added").path("item").path("widget").toString());
    List<JsonNode> updates = answer.events("thread.item.updated");
    assertEquals(List.of(" UPON", " A TIME"), updates.stream().map(u -> u.path("update").path("delta").asText()).toList());
    String last = Widgets.toJson(dark(Card.of(text("ONCE UPON A TIME"))));
    assertEquals(last, answer.events("thread.item.done").get(1).path("item").path("widget").toString());
    assertEquals(last, reloaded(client, answer.createdThreadId()).get(1).path("widget").toString());
  }

  @Test
  void theMiddlewareReadsEachRequestsContext() {
    ChatKitServer server = server((thread, message, context, stream) -> stream.widget(Card.of(Text.of("hello"))));

    Answer quiet = new TestClient(server, ActionContext.empty().with(Shouting.class, new Shouting(false)))
        .post(Bodies.create("hi"));

    assertEquals(Widgets.toJson(dark(Card.of(Text.of("hello")))),
        quiet.events().get(3).path("item").path("widget").toString());
  }

  @Test
  void aWidgetItemAddedOrReplacedGoesThroughTheMiddlewareToo() {
    ChatKitServer server = server((thread, message, context, stream) -> {
      WidgetItem item = new WidgetItem(stream.newItemId(), thread.id(), Instant.now(), Card.of(Text.of("first")), null);
      stream.add(item);
      stream.replace(item.withWidget(Card.of(Text.of("second"))));
    });
    TestClient client = new TestClient(server, ActionContext.empty().with(Shouting.class, new Shouting(true)));

    Answer answer = client.post(Bodies.create("hi"));

    assertEquals(Widgets.toJson(dark(Card.of(Text.of("FIRST")))),
        answer.events().get(3).path("item").path("widget").toString());
    String replaced = Widgets.toJson(dark(Card.of(Text.of("SECOND"))));
    assertEquals(replaced, answer.event("thread.item.replaced").path("item").path("widget").toString());
    assertEquals(replaced, reloaded(client, answer.createdThreadId()).get(1).path("widget").toString());
  }

  @Test
  void aMiddlewareThatReturnsNullFailsTheAnswerWithARetry() {
    ChatKitServer server = ChatKitServer.builder((thread, message, context, stream) -> stream.widget(Card.of(Text.of("x"))))
        .store(store)
        .middleware((widget, context) -> null)
        .build();

    Answer answer = new TestClient(server).post(Bodies.create("hi"));

    JsonNode error = answer.event("error");
    assertTrue(error.path("allow_retry").asBoolean());
    assertEquals(1, reloaded(new TestClient(server), answer.createdThreadId()).size(), "only the user's message is kept");
  }

  private static List<JsonNode> reloaded(TestClient client, String threadId) {
    return list(client.post(Bodies.getThread(threadId)).json().path("items").path("data"));
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  private static Text text(String value) {
    return Text.builder().value(value).id("story").build();
  }

  private static WidgetRoot dark(WidgetRoot widget) {
    return WidgetRewrites.theme(Theme.DARK).rewrite(widget);
  }

  private static Card shout(Card card) {
    return Card.builder().children(card.children().stream()
        .map(child -> child instanceof Text t
            ? (t.id() == null ? Text.of(t.value().toUpperCase(Locale.ROOT))
                : Text.builder().value(t.value().toUpperCase(Locale.ROOT)).id(t.id()).build())
            : child)
        .toList()).build();
  }
}
