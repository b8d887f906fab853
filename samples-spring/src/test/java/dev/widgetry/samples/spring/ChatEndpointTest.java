package dev.widgetry.samples.spring;

import static dev.widgetry.samples.spring.GalleryClient.MAPPER;
import static dev.widgetry.samples.spring.GalleryClient.events;
import static dev.widgetry.samples.spring.GalleryClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.widgetry.chatkit.Theme;
import dev.widgetry.chatkit.WidgetRewrites;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.samples.chat.Briefing;
import dev.widgetry.samples.gallery.ThemePreference;
import dev.widgetry.samples.shop.CartHandlers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The chat page's requests (samples' {@code chat.js}) to the Spring Boot application on Tomcat,
 * where the starter serves the scripted assistant, a {@code Responder} bean, at {@code POST
 * /chatkit}: a new thread whose answer streams a widget through its states, the widget's button
 * handled by a handler bean, and the thread listed and read back as the action left it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatEndpointTest {
  private static final String BRIEFING = "Write me a briefing for the weekend";

  @LocalServerPort int port;
  @Autowired CartHandlers cart;

  private GalleryClient gallery;

  @BeforeEach
  void client() {
    gallery = new GalleryClient(port);
  }

  @Test
  void aStreamedBriefingItsButtonAndTheThreadAsTheButtonLeftIt() throws Exception {
    HttpResponse<String> created = gallery.chat(request("threads.create", params().set("input", input(BRIEFING))));

    assertEquals(200, created.statusCode(), created.body());
    assertTrue(created.headers().firstValue("Content-Type").orElseThrow().startsWith("text/event-stream"));
    assertEquals("no", created.headers().firstValue("X-Accel-Buffering").orElseThrow());
    List<JsonNode> events = events(created);
    assertEquals(List.of("thread.created", "thread.item.done", "stream_options", "progress_update"),
        types(events).subList(0, 4));
    assertEquals(BRIEFING, events.get(1).path("item").path("content").path(0).path("text").asText());
    List<String> updates = events.stream().filter(event -> event.path("type").asText().equals("thread.item.updated"))
        .map(event -> event.path("update").path("type").asText()).toList();
    for (String kind : List.of("assistant_message.content_part.text_delta", "widget.streaming_text.value_delta",
        "widget.component.updated", "widget.root.updated")) {
      assertTrue(updates.contains(kind), kind + " in " + updates);
    }
    JsonNode widget = last(events, "thread.item.done", "widget");
    assertEquals(Widgets.toJson(Briefing.finished(false)), widget.path("widget").toString());
    assertEquals(BRIEFING, last(events, "thread.updated", null).path("thread").path("title").asText());
    String threadId = events.get(0).path("thread").path("id").asText();

    JsonNode button = widget.path("widget").path("confirm").path("action");
    ObjectNode action = params().put("thread_id", threadId).put("item_id", widget.path("id").asText());
    ObjectNode pressed = action.putObject("action").put("type", button.path("type").asText());
    if (button.has("payload")) {
      pressed.set("payload", button.get("payload"));
    }
    HttpResponse<String> acted = gallery.chat(request("threads.custom_action", action));

    List<JsonNode> actionEvents = events(acted);
    assertEquals(List.of("stream_options", "thread.item.updated", "thread.item.done"), types(actionEvents));
    assertEquals(widget.path("id").asText(), actionEvents.get(1).path("item_id").asText());
    assertEquals("Have a lovely weekend in Lisbon!",
        actionEvents.get(2).path("item").path("content").path(0).path("text").asText());

    HttpResponse<String> listed = gallery.chat(request("items.list",
        params().put("thread_id", threadId).put("order", "asc").put("limit", 50)));

    assertEquals(200, listed.statusCode(), listed.body());
    JsonNode items = json(listed).path("data");
    assertEquals(List.of("user_message", "assistant_message", "widget", "assistant_message"),
        list(items).stream().map(item -> item.path("type").asText()).toList());
    assertEquals(Widgets.toJson(Briefing.finished(true)), items.path(2).path("widget").toString());
    assertEquals(widget.path("id"), items.path(2).path("id"));
  }

  @Test
  void theThreadsAreListedWithTheirTitles() throws Exception {
    String threadId = events(gallery.chat(request("threads.create", params().set("input", input("Show me my order")))))
        .get(0).path("thread").path("id").asText();

    JsonNode page = json(gallery.chat(request("threads.list", params().put("limit", 30).put("order", "desc"))));

    JsonNode newest = page.path("data").path(0);
    assertEquals(threadId, newest.path("id").asText());
    assertEquals("Show me my order", newest.path("title").asText());
  }

  @Test
  void theAssistantsWidgetsGoThroughTheMiddlewareBeanAsTheActionsDo() throws Exception {
    HttpResponse<String> dark = gallery.send(gallery.chatRequest(request("threads.create",
        params().set("input", input("Show me my order")))).header("Cookie", ThemePreference.COOKIE + "=dark"));
    HttpResponse<String> light = gallery.chat(request("threads.create", params().set("input", input("Show me my order"))));

    assertEquals(Widgets.toJson(WidgetRewrites.theme(Theme.DARK).rewrite(cart.widget())),
        last(events(dark), "thread.item.done", "widget").path("widget").toString());
    assertEquals(Widgets.toJson(cart.widget()), last(events(light), "thread.item.done", "widget").path("widget").toString());
  }

  @Test
  void anUnknownThreadIsAnErrorEventForAStreamAndNotFoundForJson() throws Exception {
    ObjectNode message = params().put("thread_id", "thr_0000000000000000");
    message.set("input", input("hello"));
    List<JsonNode> streamed = events(gallery.chat(request("threads.add_user_message", message)));
    HttpResponse<String> read = gallery.chat(request("threads.get_by_id", params().put("thread_id", "thr_0000000000000000")));

    assertEquals(List.of("error"), types(streamed));
    assertEquals(404, read.statusCode());
    assertEquals("not_found", json(read).path("error").path("code").asText());
  }

  /** A request as chat.js posts it: {type, params}. */
  private static String request(String type, JsonNode params) {
    ObjectNode body = MAPPER.createObjectNode().put("type", type);
    body.set("params", params);
    return body.toString();
  }

  private static ObjectNode params() {
    return MAPPER.createObjectNode();
  }

  /** The composer's input, as chat.js builds it. */
  private static ObjectNode input(String text) {
    ObjectNode input = MAPPER.createObjectNode();
    input.putArray("content").addObject().put("type", "input_text").put("text", text);
    input.putArray("attachments");
    input.putObject("inference_options");
    return input;
  }

  private static List<String> types(List<JsonNode> events) {
    return events.stream().map(event -> event.path("type").asText()).toList();
  }

  /** The last event of a type, about an item of {@code itemType} when one is named. */
  private static JsonNode last(List<JsonNode> events, String type, String itemType) {
    JsonNode found = null;
    for (JsonNode event : events) {
      if (event.path("type").asText().equals(type)
          && (itemType == null || event.path("item").path("type").asText().equals(itemType))) {
        found = itemType == null ? event : event.path("item");
      }
    }
    if (found == null) {
      throw new AssertionError("No " + type + " event in " + types(events));
    }
    return found;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }
}
