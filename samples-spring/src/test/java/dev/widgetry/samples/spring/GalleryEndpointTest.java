package dev.widgetry.samples.spring;

import static dev.widgetry.samples.spring.GalleryClient.find;
import static dev.widgetry.samples.spring.GalleryClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.samples.gallery.ThemePreference;
import dev.widgetry.samples.shop.CartHandlers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The gallery's HTTP tests (samples' {@code GalleryEndpointTest}) against the Spring Boot
 * application on Tomcat: the same requests get the same answers, the refused ones included, and
 * the server goes on serving. One application serves every test; each starts from a fresh order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GalleryEndpointTest {
  private static final int MAX_BODY_BYTES = 64 * 1024;

  @LocalServerPort int port;
  @Autowired CartHandlers cart;

  private GalleryClient gallery;

  @BeforeEach
  void freshOrder() throws Exception {
    gallery = new GalleryClient(port);
    assertEquals(200, gallery.act("{\"action\":{\"type\":\"order.restart\"},\"itemId\":\"order\"}").statusCode());
    assertQuantityOfTea("2");
  }

  @Test
  void aClickReachesItsHandlerAndTheAnswerCarriesTheChangedWidget() throws Exception {
    HttpResponse<String> response = gallery.act("{\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\"}},\"itemId\":\"order\"}");

    assertEquals(200, response.statusCode(), response.body());
    JsonNode answer = json(response);
    assertEquals("update", answer.get("result").asText());
    assertEquals("3", find(answer.get("widget"), "qty-tea").get("value").asText());
  }

  @Test
  void theBuilderExportIsBookedAndRenderedAgainByItsTemplate() throws Exception {
    HttpResponse<String> response = gallery.act("{\"action\":{\"type\":\"trip.book\",\"payload\":{\"trip\":\"TRIP-4F2K\"}},"
        + "\"itemId\":\"itinerary\"}");

    assertEquals(200, response.statusCode(), response.body());
    JsonNode widget = json(response).get("widget");
    assertEquals("Booked", widget.at("/children/0/children/2/label").asText());
    assertTrue(widget.path("confirm").isMissingNode(), widget.toString());
  }

  @Test
  void aTamperedPayloadIsRefusedWithAPointerAndTheHandlerNeverRuns() throws Exception {
    HttpResponse<String> response = gallery.act("{\"action\":{\"type\":\"cart.add\",\"payload\":\"tea\"},\"itemId\":\"order\"}");

    assertEquals(422, response.statusCode());
    JsonNode error = json(response).get("error");
    assertEquals("invalid_payload", error.get("code").asText());
    assertEquals("/action/payload", error.get("problems").get(0).get("pointer").asText());
    assertEquals("a ProductChoice object", error.get("problems").get(0).get("expected").asText());
    assertQuantityOfTea("2");
  }

  @Test
  void aFormWithBadFieldsGetsOneProblemPerField() throws Exception {
    HttpResponse<String> response = gallery.act("{\"action\":{\"type\":\"signup.submit\",\"payload\":{\"name\":\" \","
        + "\"email\":\"ada@\",\"password\":\"short\",\"plan\":\"gold\",\"updates\":false}},\"itemId\":\"signup\"}");

    assertEquals(422, response.statusCode());
    JsonNode problems = json(response).get("error").get("problems");
    assertEquals(List.of("/action/payload/name", "/action/payload/email", "/action/payload/password", "/action/payload/plan"),
        problems.findValues("pointer").stream().map(JsonNode::asText).toList());
    assertEquals("an email address", problems.get(1).get("expected").asText());
  }

  @Test
  void aGoodFormReplacesTheFormWithTheWelcome() throws Exception {
    HttpResponse<String> response = gallery.act("{\"action\":{\"type\":\"signup.submit\",\"payload\":{\"name\":\"Ada Lovelace\","
        + "\"email\":\"ada@example.com\",\"password\":\"correct horse\",\"plan\":\"team\",\"updates\":true}},\"itemId\":\"signup\"}");

    assertEquals(200, response.statusCode(), response.body());
    JsonNode answer = json(response);
    assertEquals("replace", answer.get("result").asText());
    assertEquals("Account created for ada@example.com.", answer.get("message").asText());
    assertTrue(answer.get("widget").toString().contains("Welcome, Ada!"), answer.toString());
  }

  @Test
  void anUnknownActionIsNamedAndTheKnownOnesListed() throws Exception {
    HttpResponse<String> response = gallery.act("{\"action\":{\"type\":\"cart.ad\",\"payload\":{\"sku\":\"tea\"}},\"itemId\":\"order\"}");

    assertEquals(400, response.statusCode());
    JsonNode error = json(response).get("error");
    assertEquals("unknown_action", error.get("code").asText());
    assertTrue(error.get("message").asText().startsWith("No handler for action type \"cart.ad\". Did you mean \"cart.add\"?"),
        error.get("message").asText());
    assertQuantityOfTea("2");
  }

  @Test
  void aHugeBodyIsRefusedUnreadAndTheServerServesTheNextRequest() throws Exception {
    String huge = "{\"action\":{\"type\":\"cart.add\",\"payload\":\"" + "x".repeat(MAX_BODY_BYTES) + "\"}}";

    HttpResponse<String> response = gallery.act(huge);

    assertEquals(413, response.statusCode());
    assertEquals("request_too_large", json(response).get("error").get("code").asText());
    assertQuantityOfTea("2");
    assertEquals(200, gallery.act("{\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\"}}}").statusCode());
  }

  @Test
  void bodiesThatAreNotActionRequestsAreMalformed() throws Exception {
    for (String body : List.of("", "not json", "[]", "{\"action\":{\"payload\":1}}", "{\"action\":{\"type\":\"cart.add\"")) {
      HttpResponse<String> response = gallery.act(body);

      assertEquals(400, response.statusCode(), body);
      assertEquals("malformed_request", json(response).get("error").get("code").asText(), body);
    }
    assertQuantityOfTea("2");
  }

  @Test
  void aBodyPostedAsAFormAsCurlDashDPostsItReachesTheHandlerWhole() throws Exception {
    HttpResponse<String> response = gallery.send(gallery.request(GalleryClient.ACTION_PATH)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("{\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\"}},\"itemId\":\"order\"}")));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("3", find(json(response).get("widget"), "qty-tea").get("value").asText());
  }

  @Test
  void theEndpointTakesOnlyPosts() throws Exception {
    HttpResponse<String> response = gallery.get(GalleryClient.ACTION_PATH);

    assertEquals(405, response.statusCode());
    assertEquals("method_not_allowed", json(response).get("error").get("code").asText());
  }

  @Test
  void aVisitorWhoPrefersTheDarkThemeGetsDarkWidgetsFromTheMiddleware() throws Exception {
    HttpResponse<String> response = gallery.send(gallery.action("{\"action\":{\"type\":\"profile.follow\"},\"itemId\":\"profile\"}")
        .header("Cookie", ThemePreference.COOKIE + "=dark"));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("dark", json(response).get("widget").get("theme").asText());
    assertTrue(json(gallery.get("/api/widgets/order")).path("theme").isMissingNode());
  }

  @Test
  void chatKitsCustomActionIsAnsweredWithServerSentEvents() throws Exception {
    HttpResponse<String> response = gallery.act("{\"type\":\"threads.custom_action\",\"params\":{\"thread_id\":\"thr_1\","
        + "\"item_id\":\"itm_7\",\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\"}}}}");

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/event-stream"));
    assertEquals("no", response.headers().firstValue("X-Accel-Buffering").orElseThrow());
    String firstEvent = response.body().lines().findFirst().orElseThrow();
    assertTrue(firstEvent.startsWith("data: "), firstEvent);
    JsonNode event = GalleryClient.MAPPER.readTree(firstEvent.substring("data: ".length()));
    assertEquals("thread.item.updated", event.get("type").asText());
    assertEquals("3", find(event.get("update").get("widget"), "qty-tea").get("value").asText());
  }

  @Test
  void chatKitsSyncCustomActionGetsTheUpdatedItem() throws Exception {
    HttpResponse<String> response = gallery.act("{\"type\":\"threads.sync_custom_action\",\"params\":{\"thread_id\":\"thr_1\","
        + "\"item_id\":\"itm_7\",\"action\":{\"type\":\"cart.remove\",\"payload\":{\"sku\":\"tea\"}}}}");

    assertEquals(200, response.statusCode(), response.body());
    JsonNode item = json(response).get("updated_item");
    assertEquals("itm_7", item.get("id").asText());
    assertEquals("1", find(item.get("widget"), "qty-tea").get("value").asText());
  }

  @Test
  void aControllerReturnsAWidgetWrittenByItsGeneratedCode() throws Exception {
    HttpResponse<String> response = gallery.get("/api/widgets/order");

    assertEquals(200, response.statusCode());
    assertEquals(Widgets.toJson(cart.widget()), response.body());
    assertEquals(404, gallery.get("/api/widgets/nothing").statusCode());
  }

  @Test
  void aDtoHoldingWidgetsIsWrittenByBootsJsonMapperThroughTheirCodecs() throws Exception {
    HttpResponse<String> response = gallery.get("/api/widgets");

    assertEquals(200, response.statusCode());
    assertTrue(response.body().startsWith("[{\"id\":\"order\",\"widget\":" + Widgets.toJson(cart.widget()) + "},{\"id\":\"flights\""),
        response.body());
    assertEquals(7, json(response).size());
  }

  @Test
  void anAnonymousRefundIsRefusedByTheHandler() throws Exception {
    HttpResponse<String> response = gallery.act("{\"action\":{\"type\":\"order.refund\",\"payload\":{\"orderId\":\"1042\"}}}");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("{\"result\":\"none\",\"message\":\"Sign in to refund an order.\"}", response.body());
  }

  /** The order summary, read back from the application, still has this many packs of tea. */
  private void assertQuantityOfTea(String expected) throws Exception {
    JsonNode order = json(gallery.get("/api/widgets/order"));
    assertEquals(expected, find(order, "qty-tea").get("value").asText());
  }
}
