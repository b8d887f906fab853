package dev.widgetry.samples.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.samples.flights.Cabin;
import dev.widgetry.samples.flights.FlightHandlers;
import dev.widgetry.samples.flights.FlightOptions;
import dev.widgetry.samples.flights.FlightSurface;
import dev.widgetry.samples.shop.CartHandlers;
import dev.widgetry.samples.shop.OrderSummary;
import dev.widgetry.samples.shop.OrderSurface;
import dev.widgetry.samples.signup.Plan;
import dev.widgetry.samples.signup.SignUp;
import dev.widgetry.samples.signup.SignUpSurface;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gallery's A2UI side without a browser: every state of every surface passes {@link
 * A2ui#validate} and reads back to the same JSON; an A2UI action posted to the gallery's endpoint
 * changes the state the ChatKit widget shows and is answered with the surface; the renderer's files
 * are served from their folder and nothing outside it.
 */
class GalleryA2uiTest {

  @Test
  void everyStateOfEverySurfaceIsValidAndReadsBackToTheSameJson() throws Exception {
    OrderSummary order = new CartHandlers().summary();
    FlightOptions flights = new FlightHandlers().options();
    List<Surface> surfaces = List.of(
        OrderSurface.of(order),
        OrderSurface.of(new OrderSummary(order.orderId(), order.lines(), order.shipping(), true)),
        FlightSurface.of(flights),
        FlightSurface.of(new FlightOptions(flights.origin(), flights.destination(), flights.date(), Cabin.BUSINESS,
            flights.flights(), "kl1692")),
        SignUpSurface.of(null),
        SignUpSurface.of(new SignUp("Ada Lovelace", "ada@example.com", "correct horse battery", Plan.TEAM, true)));
    for (Surface surface : surfaces) {
      assertEquals(List.of(), A2ui.validate(surface.messages()), surface.surfaceId());
      String json = A2ui.toJsonArray(surface.messages());
      assertEquals(RunningGallery.MAPPER.readTree(json),
          RunningGallery.MAPPER.readTree(A2ui.toJsonArray(A2ui.parseMessages(json))), surface.surfaceId());
    }
  }

  @Test
  void anA2uiActionChangesTheCartTheChatKitWidgetShowsAndIsAnsweredWithTheSurface() throws Exception {
    try (RunningGallery gallery = new RunningGallery()) {
      HttpResponse<String> response = gallery.act("{\"version\": \"v0.9\", \"action\": {\"name\": \"cart.add\","
          + " \"surfaceId\": \"order\", \"sourceComponentId\": \"root-child-1-item-3\","
          + " \"timestamp\": \"2026-11-30T05:00:00Z\", \"context\": {\"sku\": \"tea\"}}}");

      assertEquals(200, response.statusCode(), response.body());
      JsonNode messages = RunningGallery.json(response);
      assertEquals(2, messages.size(), "the surface exists already: its components and data, no createSurface");
      assertEquals("order", messages.at("/0/updateComponents/surfaceId").asText());
      assertEquals(3, messages.at("/1/updateDataModel/value/lines/0/quantity").asInt());
      assertTrue(gallery.get("/api/gallery").body().contains("\"key\":\"qty-tea\""));
      JsonNode surface = RunningGallery.json(gallery.get("/api/a2ui/order"));
      assertEquals(3, surface.at("/2/updateDataModel/value/lines/0/quantity").asInt(), "the page reloads it as changed");
    }
  }

  @Test
  void anA2uiClickReachesTheTaskHandlerTheChatKitCheckboxReachesAndIsAnsweredWithTheSurface() throws Exception {
    try (RunningGallery gallery = new RunningGallery()) {
      HttpResponse<String> toggled = gallery.act(a2uiAction("tasks.toggle", "tasks",
          "{\"id\": \"t2\", \"done\": true}"));

      assertEquals(200, toggled.statusCode(), toggled.body());
      JsonNode messages = RunningGallery.json(toggled);
      assertEquals(2, messages.size(), "the surface exists already: its components and data, no createSurface");
      assertEquals("tasks", messages.at("/0/updateComponents/surfaceId").asText());
      assertTrue(messages.at("/1/updateDataModel/value/list/tasks/1/done").asBoolean(), messages.toString());
      assertTrue(messages.toString().contains("2 of 4 done"), messages.toString());
      assertTrue(gallery.get("/api/gallery").body().contains("2 of 4 done"), "the ChatKit card shows the same list");

      HttpResponse<String> added = gallery.act(a2uiAction("tasks.add", "tasks", "{\"title\": \" Ship it \"}"));
      assertEquals("Ship it", RunningGallery.json(added).at("/1/updateDataModel/value/list/tasks/4/title").asText());

      HttpResponse<String> chatKit = gallery.act("{\"action\": {\"type\": \"tasks.clear\"}, \"itemId\": \"tasks\"}");
      assertEquals(200, chatKit.statusCode(), chatKit.body());
      assertTrue(chatKit.body().contains("0 of 3 done"), "ChatKit still gets its card: " + chatKit.body());
    }
  }

  @Test
  void theInvoiceAndProfileSurfacesButtonsReachTheirHandlers() throws Exception {
    try (RunningGallery gallery = new RunningGallery()) {
      JsonNode paid = RunningGallery.json(gallery.act(a2uiAction("invoice.pay", "invoice", "{}")));
      assertEquals("paid", paid.at("/1/updateDataModel/value/status").asText());
      assertTrue(paid.toString().contains("\"invoice.reopen\""), "the surface now offers Mark as unpaid");
      JsonNode reopened = RunningGallery.json(gallery.act(a2uiAction("invoice.reopen", "invoice", "{}")));
      assertEquals("due", reopened.at("/1/updateDataModel/value/status").asText());

      JsonNode followed = RunningGallery.json(gallery.act(a2uiAction("profile.follow", "profile", "{}")));
      assertTrue(followed.at("/1/updateDataModel/value/profile/followed").asBoolean());
      assertEquals(1205, followed.at("/1/updateDataModel/value/profile/followers").asInt());
      JsonNode composing = RunningGallery.json(gallery.act(a2uiAction("profile.message", "profile", "{}")));
      assertTrue(composing.toString().contains("\"profile.send\""), "the composer is on the surface");
      HttpResponse<String> empty = gallery.act(a2uiAction("profile.send", "profile", "{\"text\": \"\"}"));
      assertEquals(422, empty.statusCode(), "the same parser refuses a blank message: " + empty.body());
      assertEquals("/action/context/text", RunningGallery.json(empty).at("/error/problems/0/pointer").asText());
      JsonNode sent = RunningGallery.json(gallery.act(a2uiAction("profile.send", "profile", "{\"text\": \"Hi Ada\"}")));
      assertTrue(sent.toString().contains("Sent to Ada Lovelace"), sent.toString());
    }
  }

  private static String a2uiAction(String name, String surfaceId, String context) {
    return "{\"version\": \"v0.9\", \"action\": {\"name\": \"" + name + "\", \"surfaceId\": \"" + surfaceId
        + "\", \"sourceComponentId\": \"root\", \"timestamp\": \"2026-11-30T08:00:00Z\", \"context\": " + context + "}}";
  }

  @Test
  void onlyEntriesWithASurfaceHaveOne() throws Exception {
    try (RunningGallery gallery = new RunningGallery()) {
      assertEquals(200, gallery.get("/api/a2ui/signup").statusCode());
      assertEquals(404, gallery.get("/api/a2ui/report").statusCode());
      assertEquals(404, gallery.get("/api/a2ui/nothing").statusCode());
      JsonNode all = RunningGallery.json(gallery.get("/api/a2ui"));
      List<String> ids = new ArrayList<>();
      all.get("surfaces").fieldNames().forEachRemaining(ids::add);
      assertEquals(List.of("order", "flights", "signup", "tasks", "invoice", "profile"), ids);
      assertEquals(GalleryServer.ACTION_PATH, all.get("actionPath").asText());
    }
  }

  @Test
  void theRenderersFilesAreServedFromTheirFolderAndNothingOutsideIt(@TempDir Path folder) throws Exception {
    Path modules = Files.createDirectories(folder.resolve("node_modules"));
    Files.createDirectories(modules.resolve("@a2ui/lit/src"));
    Files.writeString(modules.resolve("@a2ui/lit/src/index.js"), "export const ok = 1;\n");
    Files.writeString(modules.resolve("@a2ui/lit/.npmrc"), "secret\n");
    Files.writeString(modules.resolve("@a2ui/lit/README.md"), "text\n");
    Files.writeString(folder.resolve("outside.js"), "secret\n");
    GalleryServer server = GalleryServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        SqliteStore.inMemory(), modules);
    try {
      HttpResponse<String> script = get(server, "/npm/@a2ui/lit/src/index.js");
      assertEquals(200, script.statusCode());
      assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElse(""));
      assertEquals("export const ok = 1;\n", script.body());
      for (String refused : List.of("/npm/../outside.js", "/npm/%2e%2e/outside.js", "/npm/@a2ui/lit/.npmrc",
          "/npm/@a2ui/lit/README.md", "/npm/@a2ui/lit/src//index.js", "/npm/@a2ui/lit/src/missing.js")) {
        assertEquals(404, get(server, refused).statusCode(), refused);
      }
      assertTrue(RunningGallery.MAPPER.readTree(get(server, "/api/a2ui").body()).get("renderer").asBoolean());
      String policy = get(server, "/a2ui.html").headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(policy.matches(".*; script-src 'self' 'sha256-[A-Za-z0-9+/]{43}='.*"), policy);
      assertTrue(get(server, "/").headers().firstValue("Content-Security-Policy").orElse("").indexOf("script-src") < 0,
          "the gallery page allows no inline script at all");
    } finally {
      server.close();
    }
  }

  private static HttpResponse<String> get(GalleryServer server, String rawPath) throws Exception {
    String root = server.uri().toString();
    URI uri = URI.create(root.substring(0, root.length() - 1) + rawPath);
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
