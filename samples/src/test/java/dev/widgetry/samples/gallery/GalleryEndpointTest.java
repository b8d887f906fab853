package dev.widgetry.samples.gallery;

import static dev.widgetry.samples.gallery.RunningGallery.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page's action endpoint, as a client that is not the page sees it: bad input of every kind
 * gets the structured error of the dispatcher, and the server goes on serving.
 */
class GalleryEndpointTest {
  private RunningGallery gallery;

  @BeforeEach
  void start() throws Exception {
    gallery = new RunningGallery();
  }

  @AfterEach
  void stop() {
    gallery.close();
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
    JsonNode before = null;
    for (JsonNode entry : json(gallery.get("/api/gallery")).get("entries")) {
      before = entry.get("id").asText().equals("itinerary") ? entry : before;
    }
    assertEquals("On hold", before.at("/widget/children/0/children/2/label").asText());
    assertEquals("Book for \u20ac318", before.at("/widget/confirm/label").asText());

    HttpResponse<String> response = gallery.act("{\"action\":{\"type\":\"trip.book\",\"payload\":{\"trip\":\"TRIP-4F2K\"}},"
        + "\"itemId\":\"itinerary\"}");

    assertEquals(200, response.statusCode(), response.body());
    JsonNode widget = json(response).get("widget");
    assertEquals("Booked", widget.at("/children/0/children/2/label").asText());
    assertEquals("success", widget.at("/children/0/children/2/color").asText());
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
        RunningGallery.MAPPER.convertValue(problems.findValues("pointer"), List.class).stream().map(Object::toString).toList());
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
    String huge = "{\"action\":{\"type\":\"cart.add\",\"payload\":\"" + "x".repeat(Gallery.MAX_BODY_BYTES) + "\"}}";

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
  void theEndpointTakesOnlyPosts() throws Exception {
    HttpResponse<String> response = gallery.send(HttpRequest.newBuilder(gallery.uri(GalleryServer.ACTION_PATH)).GET());

    assertEquals(405, response.statusCode());
    assertEquals("method_not_allowed", json(response).get("error").get("code").asText());
  }

  @Test
  void aVisitorWhoPrefersTheDarkThemeGetsDarkWidgetsFromTheMiddleware() throws Exception {
    HttpResponse<String> response = gallery.send(HttpRequest.newBuilder(gallery.uri(GalleryServer.ACTION_PATH))
        .header("Cookie", ThemePreference.COOKIE + "=dark")
        .POST(HttpRequest.BodyPublishers.ofString("{\"action\":{\"type\":\"profile.follow\"},\"itemId\":\"profile\"}")));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("dark", json(response).get("widget").get("theme").asText());
    assertTrue(json(gallery.get("/api/gallery")).get("entries").get(0).get("widget").path("theme").isMissingNode());
  }

  /** The order summary, read back from the gallery, still has this many packs of tea. */
  private void assertQuantityOfTea(String expected) throws Exception {
    JsonNode order = json(gallery.get("/api/gallery")).get("entries").get(0);
    assertEquals("order", order.get("id").asText());
    assertEquals(expected, find(order.get("widget"), "qty-tea").get("value").asText());
  }

  /** The component with this key, anywhere in the widget. */
  static JsonNode find(JsonNode widget, String key) {
    return widget.findParents("key").stream().filter(node -> node.get("key").asText().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("No component with key " + key + " in " + widget));
  }
}
