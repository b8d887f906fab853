package dev.widgetry.samples.gallery;

import static dev.widgetry.samples.gallery.RunningGallery.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the gallery serves besides the endpoint: the page and its files, and the JSON the page reads. */
class GalleryRoutesTest {
  private static RunningGallery gallery;

  @BeforeAll
  static void start() throws Exception {
    gallery = new RunningGallery();
  }

  @AfterAll
  static void stop() {
    gallery.close();
  }

  @ParameterizedTest
  @CsvSource({
      "/, text/html; charset=utf-8",
      "/index.html, text/html; charset=utf-8",
      "/js/render.js, text/javascript; charset=utf-8",
      "/css/widgets.css, text/css; charset=utf-8",
      "/img/tea.svg, image/svg+xml",
      "/api/gallery, application/json; charset=utf-8",
      "/api/schema/signup, application/json; charset=utf-8",
  })
  void filesAndDocumentsComeWithTheirContentType(String path, String contentType) throws Exception {
    HttpResponse<String> response = gallery.get(path);

    assertEquals(200, response.statusCode(), path);
    assertEquals(contentType, response.headers().firstValue("Content-Type").orElse(""), path);
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
  }

  @Test
  void thePageAllowsScriptsFromThisAppOnly() throws Exception {
    HttpResponse<String> response = gallery.get("/");

    String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.startsWith("default-src 'self';"), policy);
    assertTrue(response.body().contains("<script type=\"module\" src=\"/js/gallery.js\"></script>"));
  }

  @Test
  void theGalleryListsEveryEntryWithItsWidgetAndActions() throws Exception {
    JsonNode data = json(gallery.get("/api/gallery"));

    assertEquals("/api/widget-action", data.get("actionPath").asText());
    List<String> ids = new ArrayList<>();
    data.get("entries").forEach(entry -> ids.add(entry.get("id").asText()));
    assertEquals(List.of("order", "flights", "signup", "report", "tasks", "invoice", "profile", "weather", "itinerary",
        "catalog"), ids);
    JsonNode order = data.get("entries").get(0);
    assertEquals("OrderSummary", order.get("dataType").asText());
    assertEquals("[\"cart.add\",\"cart.remove\",\"order.place\",\"order.restart\"]", order.get("actions").toString());
    assertEquals("Card", order.get("widget").get("type").asText());
  }

  @Test
  void eachEntryHasItsSchemaItsToolAndItsActionTools() throws Exception {
    JsonNode schema = json(gallery.get("/api/schema/signup"));
    JsonNode tool = json(gallery.get("/api/tool/signup"));
    JsonNode actions = json(gallery.get("/api/actions/order"));

    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    assertEquals("email", schema.get("properties").get("email").get("format").asText());
    assertEquals("function", tool.get("type").asText());
    assertEquals("sign_up", tool.get("name").asText());
    assertEquals(4, actions.size());
    assertEquals("[]", json(gallery.get("/api/actions/weather")).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/nope.html", "/js/", "/js", "/api/nope", "/api/schema/nope", "/api/schema/", "/api/gallery/extra",
      "/dev/widgetry/samples/SampleApp.class", "/../pom.xml", "/%2e%2e/pom.xml", "/js/..%2f..%2fSampleApp.class",
      "/.hidden.css", "/js/render.js/", "/%2fetc%2fpasswd.css",
  })
  void anythingElseIsNotFound(String path) throws Exception {
    HttpResponse<String> response = gallery.get(path);

    assertEquals(404, response.statusCode(), path + ": " + response.body());
    if (path.startsWith("/api/")) {
      assertEquals("not_found", json(response).get("error").get("code").asText());
    }
  }

  @Test
  void theReadOnlyRoutesRefuseWrites() throws Exception {
    for (String path : List.of("/", "/api/gallery", "/api/tool/order")) {
      HttpResponse<String> response = gallery.send(HttpRequest.newBuilder(gallery.uri(path))
          .POST(HttpRequest.BodyPublishers.ofString("{}")));

      assertEquals(405, response.statusCode(), path);
      assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""), path);
      assertEquals("method_not_allowed", json(response).get("error").get("code").asText(), path);
    }
  }
}
