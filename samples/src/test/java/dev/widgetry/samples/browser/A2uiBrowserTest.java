package dev.widgetry.samples.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.samples.a2ui.NpmPackages;
import dev.widgetry.samples.gallery.GalleryServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The gallery's A2UI page in headless Chromium: every surface the server writes is drawn by
 * Google's official renderer, {@code @a2ui/lit} 0.11.0 (installed from the npm registry by
 * {@link NpmPackages}, served by the gallery itself), with every component rendered and no error
 * from the renderer; typing into its fields and clicking its buttons sends A2UI actions to the
 * gallery's endpoint, whose answers update the surfaces. Screenshots go to {@code target/screenshots/}.
 *
 * <p>Without Chromium or npm the test is skipped, unless {@code WIDGETRY_BROWSER_REQUIRED=1} or
 * {@code WIDGETRY_NPM_REQUIRED=1} (as CI sets them) makes that a failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class A2uiBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final List<String> SURFACES = List.of("order", "flights", "signup", "tasks", "invoice", "profile");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration PAGE_LOAD = Duration.ofSeconds(120);
  /** Test helpers in the page: walk shadow roots, find the renderer's components by what they show. */
  private static final String HELPERS = """
      window.__a2ui = {
        all(root, test, out = []) {
          const walk = (scope) => {
            for (const node of scope.querySelectorAll('*')) {
              if (test(node)) out.push(node);
              if (node.shadowRoot) walk(node.shadowRoot);
            }
          };
          if (root.shadowRoot) walk(root.shadowRoot);
          walk(root);
          return out;
        },
        surface(id) { return document.querySelector(`[data-surface="${id}"] a2ui-surface`); },
        text(node) {
          let text = '';
          for (const child of (node.shadowRoot ?? node).childNodes) {
            if (child.nodeType === 3) text += child.textContent;
            else if (child.nodeType === 1 && !['STYLE', 'SCRIPT'].includes(child.tagName)) text += ' ' + this.text(child);
          }
          if (node.shadowRoot) for (const child of node.children) text += ' ' + this.text(child);
          return text.replace(/\\s+/g, ' ').trim();
        },
        ids(id) {
          return [...new Set(this.all(this.surface(id), node => node.context?.componentModel)
              .map(node => node.context.componentModel.id))];
        },
        components(id, tag) { return this.all(this.surface(id), node => node.tagName.toLowerCase() === tag); },
        field(id, label) {
          const field = this.components(id, 'a2ui-basic-textfield').find(node => this.text(node).includes(label));
          return field && this.all(field, node => node.tagName === 'INPUT' || node.tagName === 'TEXTAREA')[0];
        },
        button(id, label, index = 0) {
          const button = this.components(id, 'a2ui-basic-button').filter(node => this.text(node) === label)[index];
          return button && this.all(button, node => node.tagName === 'BUTTON')[0];
        },
      };
      true""";

  @RegisterExtension
  static final HeadlessBrowser BROWSER = new HeadlessBrowser("the A2UI page", Path.of("target", "chromium-a2ui.log"));

  private static GalleryServer server;
  private static BrowserPage page;

  @BeforeAll
  static void openTheA2uiPage() throws Exception {
    if (BROWSER.skipped()) {
      return;
    }
    Optional<Path> modules = NpmPackages.install();
    if (modules.isEmpty()) {
      BROWSER.skipOrFail(NpmPackages.REQUIRED, NpmPackages.whyNot());
      return;
    }
    server = GalleryServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), SqliteStore.inMemory(),
        modules.get());
    page = BROWSER.open();
    page.recordBrowserLog();
    page.resize(1400, 1000);
    page.open(server.uri().resolve("a2ui.html"));
    // About 540 modules from the gallery's server: on a loaded machine that takes a while.
    page.waitFor("document.querySelector('#a2ui').getAttribute('aria-busy') === 'false'", "the A2UI page to load",
        PAGE_LOAD);
    page.evaluate(HELPERS);
    for (String surface : SURFACES) {
      page.waitFor("__a2ui.surface(" + BrowserPage.quote(surface) + ") && __a2ui.ids(" + BrowserPage.quote(surface)
          + ").length > 0", "the surface " + surface + " to render");
    }
  }

  @AfterAll
  static void stopTheServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void everyComponentOfEverySurfaceIsRenderedBesideItsChatKitWidget() throws Exception {
    JsonNode written = MAPPER.readTree(get("api/a2ui")).get("surfaces");
    assertEquals(new TreeSet<>(SURFACES), names(written));
    for (String surface : SURFACES) {
      TreeSet<String> sent = new TreeSet<>();
      for (JsonNode message : written.get(surface)) {
        message.path("updateComponents").path("components").forEach(component -> sent.add(component.get("id").asText()));
      }
      TreeSet<String> drawn = new TreeSet<>();
      page.evaluate("__a2ui.ids(" + BrowserPage.quote(surface) + ")").forEach(id -> drawn.add(id.asText()));
      assertEquals(sent, drawn, surface + ": every component the server sent, and only those, is on the page");
      assertEquals(1, page.count("[data-entry=\"" + surface + "\"] [data-side=\"chatkit\"] .widget-host > .ck-root"),
          surface + "'s ChatKit widget is beside it");
      page.screenshot(SCREENSHOTS.resolve("a2ui-" + surface + ".png"), "[data-entry=\"" + surface + "\"]");
    }
    assertTrue(surfaceText("order").contains("Sencha green tea, 100 g"), surfaceText("order"));
    assertTrue(surfaceText("order").contains("€43.15"), surfaceText("order"));
    assertTrue(surfaceText("flights").contains("LIS → AMS"), surfaceText("flights"));
    assertTrue(surfaceText("signup").contains("Create your account"), surfaceText("signup"));
    assertTrue(surfaceText("tasks").contains("Launch checklist"), surfaceText("tasks"));
    assertTrue(surfaceText("tasks").contains("1 of 4 done"), surfaceText("tasks"));
    assertTrue(surfaceText("invoice").contains("Invoice INV-2041"), surfaceText("invoice"));
    assertTrue(surfaceText("invoice").contains("Due 30 Jun 2025"), "formatDate on the bound date: " + surfaceText("invoice"));
    assertTrue(surfaceText("profile").contains("@ada · Principal engineer"), surfaceText("profile"));
    assertTrue(surfaceText("profile").contains("1,204"), surfaceText("profile"));
    page.screenshot(SCREENSHOTS.resolve("a2ui-page.png"));
  }

  @Test
  @Order(2)
  void aStepperSendsItsActionWithTheLinesSkuAndTheAnswerRedrawsTheOrder() throws Exception {
    page.clickElement("__a2ui.button('order', '+1', 0)", "the first line's +1");

    JsonNode exchange = exchange(0);
    JsonNode action = exchange.at("/request/action");
    assertEquals("cart.add", action.get("name").asText());
    assertEquals("order", action.get("surfaceId").asText());
    assertEquals(MAPPER.readTree("{\"sku\": \"tea\"}"), action.get("context"), "the template's relative path, resolved");
    assertTrue(action.get("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), action.toString());
    assertEquals(200, exchange.get("status").asInt(), exchange.toString());
    assertEquals(3, exchange.at("/answer/1/updateDataModel/value/lines/0/quantity").asInt(), exchange.toString());
    page.waitFor("__a2ui.text(__a2ui.surface('order')).includes('€46.75')", "the new total on the surface");
    assertTrue(surfaceText("order").contains("Free shipping") || surfaceText("order").contains("Free"), surfaceText("order"));
    assertTrue(get("api/gallery").contains("\"value\":\"3\""), "the ChatKit widget is drawn from the same cart");
    page.screenshot(SCREENSHOTS.resolve("a2ui-order-updated.png"), "[data-entry=\"order\"] [data-side=\"a2ui\"]");

    page.clickElement("__a2ui.button('order', 'Place order')", "Place order");

    page.waitFor("__a2ui.text(__a2ui.surface('order')).includes('Order placed')", "the order to be placed");
    assertEquals("order.place", exchange(1).at("/request/action/name").asText());
    page.screenshot(SCREENSHOTS.resolve("a2ui-order-placed.png"), "[data-entry=\"order\"] [data-side=\"a2ui\"]");
  }

  @Test
  @Order(3)
  void whatIsTypedIntoTheFormReachesTheSignUpHandlerAsItsRecord() throws Exception {
    page.typeInto("__a2ui.field('signup', 'Name')", "the name field", "Ada Lovelace");
    page.typeInto("__a2ui.field('signup', 'Email')", "the email field", "ada@example.com");
    page.typeInto("__a2ui.field('signup', 'Password')", "the password field", "correct horse battery");
    page.clickElement("__a2ui.all(__a2ui.components('signup', 'a2ui-checkbox')[0], node => node.tagName === 'INPUT')[0]",
        "the product news checkbox");
    page.screenshot(SCREENSHOTS.resolve("a2ui-signup-filled.png"), "[data-entry=\"signup\"] [data-side=\"a2ui\"]");

    page.clickElement("__a2ui.button('signup', 'Team')", "the Team button");

    JsonNode action = exchange(2).at("/request/action");
    assertEquals("signup.submit", action.get("name").asText());
    assertEquals(MAPPER.readTree("{\"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\","
        + " \"password\": \"correct horse battery\", \"plan\": \"team\", \"updates\": true}"), action.get("context"));
    page.waitFor("__a2ui.text(__a2ui.surface('signup')).includes('Welcome, Ada!')", "the welcome");
    assertTrue(surfaceText("signup").contains("Your Team plan is ready"), surfaceText("signup"));
    assertTrue(surfaceText("signup").contains("Product news: on"), surfaceText("signup"));
    assertTrue(get("api/gallery").contains("Welcome, Ada!"), "the ChatKit card is drawn from the same account");
    page.screenshot(SCREENSHOTS.resolve("a2ui-signup-welcome.png"), "[data-entry=\"signup\"] [data-side=\"a2ui\"]");
  }

  @Test
  @Order(4)
  void aBadFormIsRefusedByTheSameParserWithAPointerPerField() throws Exception {
    page.clickElement("__a2ui.button('signup', 'Sign up someone else')", "Sign up someone else");
    page.waitFor("__a2ui.field('signup', 'Email')", "the empty form");
    page.typeInto("__a2ui.field('signup', 'Email')", "the email field", "ada@");

    page.clickElement("__a2ui.button('signup', 'Free')", "the Free button");

    page.waitFor("window.a2uiExchanges.length === 5", "the answer");
    JsonNode exchange = exchange(4);
    assertEquals(422, exchange.get("status").asInt(), exchange.toString());
    assertEquals("invalid_payload", exchange.at("/answer/error/code").asText());
    TreeSet<String> pointers = new TreeSet<>();
    exchange.at("/answer/error/problems").forEach(problem -> pointers.add(problem.get("pointer").asText()));
    assertEquals(new TreeSet<>(List.of("/action/context/email", "/action/context/name", "/action/context/password")),
        pointers);
    assertEquals("invalid_payload", page.text("[data-entry=\"signup\"] .feedback-error .error-code"));
  }

  @Test
  @Order(5)
  void aFlightIsPickedAndTheCabinButtonsRepriceTheRows() throws Exception {
    page.clickElement("__a2ui.button('flights', 'Select', 1)", "KL 1692's Select");

    assertEquals(MAPPER.readTree("{\"flightId\": \"kl1692\"}"), exchange(5).at("/request/action/context"));
    page.waitFor("__a2ui.text(__a2ui.surface('flights')).includes('Selected')", "KL 1692 to show as selected");

    page.clickElement("__a2ui.button('flights', 'Business')", "Business");

    assertEquals(MAPPER.readTree("{\"cabin\": \"business\"}"), exchange(6).at("/request/action/context"));
    page.waitFor("__a2ui.text(__a2ui.surface('flights')).includes('€512')", "business fares");
    assertTrue(surfaceText("flights").contains("Sold out"), surfaceText("flights"));
    assertTrue(surfaceText("flights").contains("Selected"), surfaceText("flights"));
    page.screenshot(SCREENSHOTS.resolve("a2ui-flights-business.png"), "[data-entry=\"flights\"]");
  }

  @Test
  @Order(6)
  void aTaskTypedIntoTheFieldIsAddedAndItsDoneButtonTogglesItThroughTheTaskHandlers() throws Exception {
    page.typeInto("__a2ui.field('tasks', 'Add a task')", "the add-a-task field", "Ship it");
    int sent = exchangeCount();

    page.clickElement("__a2ui.button('tasks', 'Add')", "Add");

    JsonNode added = exchange(sent);
    assertEquals("tasks.add", added.at("/request/action/name").asText(), "the ChatKit form's action");
    assertEquals("tasks", added.at("/request/action/surfaceId").asText());
    assertEquals(MAPPER.readTree("{\"title\": \"Ship it\"}"), added.at("/request/action/context"));
    assertEquals(200, added.get("status").asInt(), added.toString());
    page.waitFor("__a2ui.text(__a2ui.surface('tasks')).includes('Ship it')", "the new task on the surface");
    assertTrue(surfaceText("tasks").contains("1 of 5 done"), surfaceText("tasks"));

    page.clickElement("__a2ui.button('tasks', 'Done', 0)", "the first open task's Done");

    JsonNode toggled = exchange(sent + 1);
    assertEquals("tasks.toggle", toggled.at("/request/action/name").asText());
    assertEquals(MAPPER.readTree("{\"id\": \"t2\", \"done\": true}"), toggled.at("/request/action/context"),
        "the task's id from its path, and not(done) computed by the renderer");
    page.waitFor("__a2ui.text(__a2ui.surface('tasks')).includes('2 of 5 done')", "the task to be done");
    assertTrue(surfaceText("tasks").contains("✓ Record the demo video"), surfaceText("tasks"));
    assertTrue(get("api/gallery").contains("2 of 5 done"), "the ChatKit card is drawn from the same list");
    page.screenshot(SCREENSHOTS.resolve("a2ui-tasks-updated.png"), "[data-entry=\"tasks\"]");
  }

  @Test
  @Order(7)
  void markAsPaidReachesTheInvoiceHandlerAndTheSurfaceShowsItPaid() throws Exception {
    int sent = exchangeCount();

    page.clickElement("__a2ui.button('invoice', 'Mark as paid')", "Mark as paid");

    JsonNode paid = exchange(sent);
    assertEquals("invoice.pay", paid.at("/request/action/name").asText());
    assertEquals(200, paid.get("status").asInt(), paid.toString());
    assertEquals("paid", paid.at("/answer/1/updateDataModel/value/status").asText());
    page.waitFor("__a2ui.button('invoice', 'Mark as unpaid')", "Mark as unpaid");
    assertTrue(surfaceText("invoice").contains("Paid"), surfaceText("invoice"));
    assertTrue(get("api/gallery").contains("Mark as unpaid"), "the ChatKit card is drawn from the same invoice");
    page.screenshot(SCREENSHOTS.resolve("a2ui-invoice-paid.png"), "[data-entry=\"invoice\"]");
  }

  @Test
  @Order(8)
  void theProfileIsFollowedAndAMessageTypedIntoTheComposerIsSent() throws Exception {
    int sent = exchangeCount();

    page.clickElement("__a2ui.button('profile', 'Follow')", "Follow");

    assertEquals("profile.follow", exchange(sent).at("/request/action/name").asText());
    page.waitFor("__a2ui.button('profile', 'Following')", "Following");
    assertTrue(surfaceText("profile").contains("1,205"), surfaceText("profile"));

    page.clickElement("__a2ui.button('profile', 'Message')", "Message");

    assertEquals("profile.message", exchange(sent + 1).at("/request/action/name").asText());
    page.waitFor("__a2ui.field('profile', 'Message Ada Lovelace')", "the composer");
    page.typeInto("__a2ui.field('profile', 'Message Ada Lovelace')", "the message field", "Tea on Friday?");
    page.screenshot(SCREENSHOTS.resolve("a2ui-profile-composer.png"), "[data-entry=\"profile\"] [data-side=\"a2ui\"]");

    page.clickElement("__a2ui.button('profile', 'Send')", "Send");

    JsonNode message = exchange(sent + 2);
    assertEquals("profile.send", message.at("/request/action/name").asText());
    assertEquals(MAPPER.readTree("{\"text\": \"Tea on Friday?\"}"), message.at("/request/action/context"));
    page.waitFor("__a2ui.text(__a2ui.surface('profile')).includes('Sent to Ada Lovelace')", "the receipt");
    assertTrue(surfaceText("profile").contains("“Tea on Friday?”"), surfaceText("profile"));
    page.screenshot(SCREENSHOTS.resolve("a2ui-profile-sent.png"), "[data-entry=\"profile\"] [data-side=\"a2ui\"]");
  }

  private int exchangeCount() {
    return page.evaluate("window.a2uiExchanges.length").asInt();
  }

  /** The page's {@code index}th exchange with the endpoint (from 0), once it has been answered. */
  private JsonNode exchange(int index) throws Exception {
    page.waitFor("window.a2uiExchanges.length > " + index, "exchange " + index + " with the endpoint");
    return MAPPER.readTree(page.evaluate("JSON.stringify(window.a2uiExchanges[" + index + "])").asText());
  }

  private String surfaceText(String surface) {
    return page.evaluate("__a2ui.text(__a2ui.surface(" + BrowserPage.quote(surface) + "))").asText();
  }

  private static String get(String path) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), path);
    return response.body();
  }

  private static TreeSet<String> names(JsonNode object) {
    TreeSet<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
