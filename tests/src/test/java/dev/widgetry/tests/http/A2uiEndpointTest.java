package dev.widgetry.tests.http;

import static dev.widgetry.tests.http.Wire.events;
import static dev.widgetry.tests.http.Wire.header;
import static dev.widgetry.tests.http.Wire.json;
import static dev.widgetry.tests.http.Wire.ok;
import static dev.widgetry.tests.http.Wire.pointers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.A2uiErrorHook;
import dev.widgetry.a2ui.ErrorMessage;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.http.ActionEndpoint;
import dev.widgetry.tests.a2ui.actions.ShopHandlers;
import dev.widgetry.tests.actions.CartHandlers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One endpoint on 127.0.0.1 serving A2UI renderers and ChatKit pages: an A2UI action answered in
 * the form its {@code Accept} asks for, a ChatKit request beside it, a renderer's error report, and
 * a bad context's structured error.
 */
class A2uiEndpointTest {
  private static final String ADD = "{\"version\":\"v0.9\",\"action\":{\"name\":\"shop.add\",\"surfaceId\":\"cart-1\","
      + "\"sourceComponentId\":\"add-tea\",\"timestamp\":\"2026-11-30T01:56:48.750Z\",\"context\":{\"sku\":\"tea\","
      + "\"quantity\":2,\"giftWrap\":false}}}";

  private final List<ErrorMessage> reported = new CopyOnWriteArrayList<>();
  private TestServer server;

  @BeforeEach
  void start() {
    A2uiErrorHook hook = (error, context) -> reported.add(error);
    ActionDispatcher dispatcher = ActionDispatcher.of(new ShopHandlers(), new CartHandlers())
        .withHook(A2uiErrorHook.class, hook);
    server = new TestServer(4);
    server.mount("/actions", ActionEndpoint.of(dispatcher).withContext(exchange -> ActionContext.empty()));
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anActionIsAnsweredWithAJsonArrayOfMessages() throws Exception {
    JsonNode messages = ok(server.post("/actions", ADD));

    assertEquals(json("[{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"cart-1\",\"value\":{\"sku\":\"tea\","
        + "\"count\":2,\"giftWrap\":false}}}]"), messages);
  }

  @Test
  void anActionAskingForAnEventStreamGetsOneEventPerMessage() throws Exception {
    HttpResponse<String> response = server.send(server.request("/actions").header("Accept", "text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(ADD.replace("shop.add", "shop.refresh"))));

    List<JsonNode> events = events(response);
    assertEquals(2, events.size());
    assertEquals(json("{\"version\":\"v0.9\",\"deleteSurface\":{\"surfaceId\":\"cart-1\"}}"), events.get(0));
    assertEquals("cart-1", events.get(1).at("/createSurface/surfaceId").asText());
  }

  @Test
  void anActionAskingForJsonLinesGetsOneLinePerMessage() throws Exception {
    HttpResponse<String> response = server.send(server.request("/actions")
        .header("Accept", "application/jsonl, application/json;q=0.5")
        .POST(HttpRequest.BodyPublishers.ofString(ADD.replace("shop.add", "shop.close"))));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("application/jsonl; charset=utf-8", header(response, "Content-Type"));
    assertEquals("{\"version\":\"v0.9\",\"deleteSurface\":{\"surfaceId\":\"cart-1\"}}\n", response.body());
  }

  @Test
  void aChatKitPageRequestIsServedBesideThem() throws Exception {
    JsonNode answer = ok(server.post("/actions", "{\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\","
        + "\"quantity\":2}},\"itemId\":\"w1\"}"));

    assertEquals("update", answer.get("result").asText());
  }

  @Test
  void aRenderersErrorReachesTheHookAndIsAnsweredWithNoMessages() throws Exception {
    JsonNode answer = ok(server.post("/actions", "{\"version\":\"v0.9\",\"error\":{\"code\":\"VALIDATION_FAILED\","
        + "\"surfaceId\":\"cart-1\",\"path\":\"/components/2/child\",\"message\":\"no such component\"}}"));

    assertEquals(json("[]"), answer);
    assertEquals(1, reported.size());
    assertEquals("/components/2/child", reported.get(0).path());
  }

  @Test
  void aBadContextIsA422WithPointersIntoTheRequest() throws Exception {
    JsonNode error = Wire.error(server.post("/actions", ADD.replace("\"quantity\":2", "\"quantity\":0")),
        422, "invalid_payload");

    assertEquals(List.of("/action/context/quantity"), pointers(error), error.toString());
    assertEquals("At /action/context/quantity (line 1, column 171): expected a number greater than or equal to 1,"
        + " found 0.", error.at("/problems/0/message").asText());
  }
}
