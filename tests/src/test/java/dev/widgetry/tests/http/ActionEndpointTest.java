package dev.widgetry.tests.http;

import static dev.widgetry.tests.http.Wire.events;
import static dev.widgetry.tests.http.Wire.json;
import static dev.widgetry.tests.http.Wire.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.runtime.http.ActionEndpoint;
import dev.widgetry.tests.actions.AddItem;
import dev.widgetry.tests.actions.CartHandlers;
import dev.widgetry.tests.actions.CartHandlersActions;
import dev.widgetry.tests.actions.StaticHandlers;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every way a request succeeds over HTTP: each request shape with its content type and body, a
 * static handler, an asynchronous handler, and the context the application builds from the exchange.
 */
class ActionEndpointTest {
  private TestServer server;

  @BeforeEach
  void start() {
    ActionDispatcher dispatcher = ActionDispatcher.of(new CartHandlers(), StaticHandlers.class);
    server = new TestServer(4);
    server.mount("/actions", ActionEndpoint.of(dispatcher).withContext(ActionEndpointTest::localeFromHeader));
    server.mount("/plain", ActionEndpoint.of(dispatcher));
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static ActionContext localeFromHeader(HttpExchange exchange) {
    String language = exchange.getRequestHeaders().getFirst("Accept-Language");
    return language == null
        ? ActionContext.empty()
        : ActionContext.empty().with(Locale.class, Locale.forLanguageTag(language));
  }

  @Test
  void aPageRequestIsAnsweredWithTheResultAsJson() throws Exception {
    HttpResponse<String> response = post("{\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\","
        + "\"quantity\":2}},\"itemId\":\"w1\"}");

    assertEquals(json("{\"result\":\"update\",\"widget\":{\"type\":\"Card\",\"children\":[{\"type\":\"Text\","
        + "\"value\":\"tea x2\"}]},\"message\":\"Added for fr-CA\"}"), ok(response));
  }

  @Test
  void aSyncServerRequestIsAnsweredWithTheUpdatedItem() throws Exception {
    HttpResponse<String> response = post("{\"type\":\"threads.sync_custom_action\",\"params\":{\"thread_id\":\"t1\","
        + "\"item_id\":\"i7\",\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\",\"quantity\":1}}}}");

    JsonNode item = ok(response).get("updated_item");
    assertEquals("widget", item.get("type").asText());
    assertEquals("i7", item.get("id").asText());
    assertEquals("t1", item.get("thread_id").asText());
    assertEquals(json("{\"type\":\"Card\",\"children\":[{\"type\":\"Text\",\"value\":\"tea x1\"}]}"),
        item.get("widget"));
  }

  @Test
  void aStreamingServerRequestIsAnsweredWithThreadEventsAsServerSentEvents() throws Exception {
    HttpResponse<String> response = post("{\"type\":\"threads.custom_action\",\"params\":{\"thread_id\":\"t1\","
        + "\"item_id\":\"i7\",\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\",\"quantity\":3}}}}");

    List<JsonNode> events = events(response);
    assertEquals(2, events.size(), response.body());
    assertEquals("thread.item.updated", events.get(0).get("type").asText());
    assertEquals("i7", events.get(0).get("item_id").asText());
    assertEquals(json("{\"type\":\"widget.root.updated\",\"widget\":{\"type\":\"Card\",\"children\":"
        + "[{\"type\":\"Text\",\"value\":\"tea x3\"}]}}"), events.get(0).get("update"));
    assertEquals("thread.item.done", events.get(1).get("type").asText());
    assertEquals("assistant_message", events.get(1).get("item").get("type").asText());
    assertEquals("t1", events.get(1).get("item").get("thread_id").asText());
    assertEquals("Added for fr-CA", events.get(1).get("item").get("content").get(0).get("text").asText());
  }

  @Test
  void aStreamWithNoEventsIsAnEmptyEventStream() throws Exception {
    HttpResponse<String> response = post("{\"type\":\"threads.custom_action\",\"params\":{\"thread_id\":\"t1\","
        + "\"action\":{\"type\":\"cart.clear\"}}}");

    assertEquals(List.of(), events(response));
    assertEquals("0", Wire.header(response, "Content-Length"));
  }

  @Test
  void aStaticHandlerAnswers() throws Exception {
    assertEquals(json("{\"result\":\"none\"}"), ok(post("{\"action\":{\"type\":\"ping\"}}")));
  }

  @Test
  void anAsynchronousHandlerIsAnsweredWhenItsStageCompletes() throws Exception {
    HttpResponse<String> response = post("{\"action\":{\"type\":\"newsletter.subscribe\",\"payload\":"
        + "{\"plan\":\"weekly\",\"email\":\"ann@example.com\"}}}");

    assertEquals(json("{\"result\":\"none\",\"message\":\"ann@example.com joined weekly\"}"), ok(response));
  }

  @Test
  void whatAGeneratedFactoryBuildsTheEndpointAccepts() throws Exception {
    String request = "{\"action\":" + Widgets.toJson(CartHandlersActions.addItem(new AddItem("tea", 5))) + "}";

    assertEquals("tea x5", ok(post(request)).get("widget").get("children").get(0).get("value").asText());
  }

  @Test
  void withoutAContextFunctionHandlersGetAnEmptyContext() throws Exception {
    HttpResponse<String> response = server.send(server.request("/plain").header("Accept-Language", "fr-CA")
        .POST(HttpRequest.BodyPublishers.ofString("{\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\","
            + "\"quantity\":1}}}")));

    assertEquals("Added for ?", ok(response).get("message").asText());
  }

  @Test
  void theRequestContentTypeIsNotChecked() throws Exception {
    HttpResponse<String> response = server.send(server.request("/actions").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("{\"action\":{\"type\":\"ping\"}}")));

    assertEquals("none", ok(response).get("result").asText());
  }

  @Test
  void aChunkedBodyIsReadToItsEnd() throws Exception {
    byte[] body = "{\"action\":{\"type\":\"cart.tags\",\"payload\":[\"a\",\"b\"]},\"itemId\":\"w9\"}"
        .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response = server.send(server.request("/actions")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

    JsonNode answer = ok(response);
    assertEquals("add", answer.get("result").asText());
    assertTrue(answer.get("widget").toString().contains("a,b from w9"), answer.toString());
  }

  private HttpResponse<String> post(String json) throws Exception {
    return server.send(server.request("/actions").header("Accept-Language", "fr-CA")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }
}
