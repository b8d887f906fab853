package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.runtime.ActionDispatcher;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server on the runtime's HTTP endpoint: streams as Server-Sent Events, JSON answers, the endpoint's own refusals. */
class OverHttpTest {
  private final SqliteStore store = SqliteStore.inMemory();
  private final ChatKitServer server = ChatKitServer.builder((thread, message, context, stream) -> {
        stream.text("Hi");
        stream.widget(CounterHandlers.card(0));
      })
      .store(store)
      .actions(ActionDispatcher.of(new CounterHandlers()))
      .maxBodyBytes(2048)
      .build();

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aConversationOverHttp() throws Exception {
    try (HttpClientForTests http = new HttpClientForTests(server, 4)) {
      Answer created = http.post(Bodies.create("hello")).get();
      String threadId = created.createdThreadId();
      String widgetId = created.events().get(4).path("item").path("id").asText();
      Answer action = http.post(Bodies.action(threadId, widgetId, "counter.add", "{\"by\": 2}")).get();
      Answer thread = http.post(Bodies.getThread(threadId)).get();

      assertEquals(List.of("thread.created", "thread.item.done", "stream_options", "thread.item.done",
          "thread.item.done"), created.types());
      assertEquals("widget", created.events().get(4).path("item").path("type").asText());
      assertEquals(List.of("stream_options", "thread.item.updated"), action.types());
      assertEquals(3, thread.json().path("items").path("data").size());
      assertEquals("Count: 2", thread.json().path("items").path("data").path(2).path("widget").path("children")
          .path(0).path("value").asText());
    }
  }

  @Test
  void theEndpointRefusesWhatNeverReachesTheServer() throws Exception {
    try (HttpClientForTests http = new HttpClientForTests(server, 2)) {
      HttpResponse<String> get = http.send(HttpRequest.newBuilder().GET());
      HttpResponse<String> large = http.send(HttpRequest.newBuilder()
          .POST(HttpRequest.BodyPublishers.ofString(Bodies.create("x".repeat(3000)))));

      assertEquals(405, get.statusCode());
      assertEquals(413, large.statusCode());
      assertTrue(large.body().contains("request_too_large"), large.body());
    }
  }
}
