package dev.widgetry.samples.browser;

import static dev.widgetry.samples.browser.BrowserPage.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.chatkit.IconName;
import dev.widgetry.samples.gallery.GalleryServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The gallery in a real headless Chromium, driven over the DevTools protocol as a person would
 * drive it: every widget renders; a click, a form submission and a list selection each go to the
 * server's handlers and come back as a changed page. Screenshots of each step are saved under
 * {@code target/screenshots/}.
 *
 * <p>Without a Chromium the test is skipped, unless {@code WIDGETRY_BROWSER_REQUIRED=1} (as CI
 * sets it) makes that a failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GalleryBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final List<String> CATALOG = List.of(
      "Card", "ListView", "ListViewItem", "Basic", "Box", "Row", "Col", "Form", "Spacer", "Divider", "Transition",
      "Text", "Title", "Caption", "Markdown", "Label", "Badge", "Icon", "Image", "Button", "Table", "Table.Row",
      "Table.Cell", "Input", "Textarea", "Select", "DatePicker", "Checkbox", "RadioGroup", "Chart");

  @RegisterExtension
  static final HeadlessBrowser BROWSER = new HeadlessBrowser("the gallery", Path.of("target", "chromium.log"));

  private static GalleryServer server;
  private static BrowserPage page;

  @BeforeAll
  static void openTheGallery() throws Exception {
    if (BROWSER.skipped()) {
      return;
    }
    server = GalleryServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    page = BROWSER.open();
    page.resize(1400, 1000);
    page.open(server.uri());
    page.waitFor("document.querySelectorAll('.tile .widget-host > .ck-root').length === 10", "every widget to render");
  }

  @AfterAll
  static void stopTheServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void everyWidgetRendersAndEveryComponentOfTheCatalogIsDrawn() throws Exception {
    Map<String, String> texts = Map.of(
        "order", "Your order", "flights", "LIS → AMS", "signup", "Create your account", "report", "Revenue · this week",
        "tasks", "Launch checklist", "invoice", "Invoice INV-2041", "profile", "Ada Lovelace", "weather", "Lisbon",
        "catalog", "Buttons");
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      String widget = "[data-entry=\"" + entry.getKey() + "\"] .widget-host";
      assertEquals(1, page.count(widget + " > .ck-root"), entry.getKey());
      assertTrue(page.text(widget).contains(entry.getValue()), entry.getKey() + " shows: " + page.text(widget));
    }

    JsonNode types = page.evaluate("[...new Set([...document.querySelectorAll('.widget-host [data-ck-type]')]"
        + ".map(node => node.dataset.ckType))]");
    TreeSet<String> drawn = new TreeSet<>();
    types.forEach(type -> drawn.add(type.asText()));
    assertTrue(drawn.containsAll(CATALOG), "Not drawn: " + missing(CATALOG, drawn));
    assertEquals(0, page.count(".ck-unknown"));
    assertEquals(IconName.values().length, page.count("[data-entry=\"catalog\"] [data-key=\"icons\"] .ck-icon[data-icon]"));
    assertEquals(0, page.count(".ck-icon circle[stroke-dasharray]"), "an icon name the renderer does not draw");
    assertEquals(7 * 2, page.count("[data-entry=\"report\"] .ck-chart svg path[d^=\"M\"]:not([fill=\"none\"])"),
        "a bar for each day online and in store");
    assertTrue(page.evaluate("[...document.images].every(image => image.complete && image.naturalWidth > 0)").asBoolean(),
        "every image loads");

    page.screenshot(SCREENSHOTS.resolve("01-gallery-light.png"));
  }

  @Test
  @Order(2)
  void theCartsButtonsChangeItOnTheServer() throws Exception {
    String order = "[data-entry=\"order\"] ";
    assertEquals("2", page.text(order + "[data-key=\"qty-tea\"]"));
    assertEquals("Total€43.15", page.text(order + "[data-key=\"total\"]"));

    page.click(order + "[data-key=\"add-tea\"]");

    page.waitForText(order + "[data-key=\"qty-tea\"]", "3");
    assertEquals("Total€46.75", page.text(order + "[data-key=\"total\"]"));
    assertTrue(page.text(order + ".widget-host").contains("Free shipping"));
    assertTrue(page.text(order + ".exchange summary").contains("cart.add → 200 update"), page.text(order + ".exchange summary"));
    page.screenshot(SCREENSHOTS.resolve("02-cart-updated.png"), "[data-entry=\"order\"]");

    page.click(order + ".ck-card-footer button[data-action-type=\"order.place\"]");

    page.waitFor("document.querySelector(" + quote(order + ".widget-host") + ").textContent.includes('Order placed')",
        "the order to be placed");
    assertEquals("Order #1042 is placed. We'll email you when it ships.", page.text(order + ".feedback-message"));
    page.screenshot(SCREENSHOTS.resolve("03-order-placed.png"), "[data-entry=\"order\"]");
  }

  @Test
  @Order(3)
  void theSignUpFormIsValidatedOnTheServerAndTheProblemsShowByTheirFields() throws Exception {
    String signUp = "[data-entry=\"signup\"] ";
    page.type(signUp + "input[name=\"email\"]", "ada@");
    page.type(signUp + "input[name=\"password\"]", "short");

    page.click(signUp + "button[type=\"submit\"]");

    page.waitFor("document.querySelector(" + quote(signUp + ".feedback-error") + ")", "the server's error");
    assertEquals("invalid_payload", page.text(signUp + ".feedback-error .error-code"));
    assertEquals(3, page.count(signUp + ".ck-field-error"));
    assertEquals("Expected a string that is not blank, found an empty string./action/payload/name",
        page.text(signUp + ".ck-field-error[data-pointer=\"/action/payload/name\"]"));
    assertEquals("Expected an email address, found \"ada@\"./action/payload/email",
        page.text(signUp + ".ck-field-error[data-pointer=\"/action/payload/email\"]"));
    assertEquals("Expected a string of at least 8 characters, found one of 5./action/payload/password",
        page.text(signUp + ".ck-field-error[data-pointer=\"/action/payload/password\"]"));
    assertEquals("true", page.evaluate("document.querySelector(" + quote(signUp + "input[name=\"email\"]")
        + ").getAttribute('aria-invalid')").asText());
    assertEquals("ada@", page.evaluate("document.querySelector(" + quote(signUp + "input[name=\"email\"]") + ").value").asText(),
        "what the person typed is kept");
    page.screenshot(SCREENSHOTS.resolve("04-signup-invalid.png"), "[data-entry=\"signup\"]");

    page.type(signUp + "input[name=\"name\"]", "Ada Lovelace");
    page.type(signUp + "input[name=\"email\"]", "ada@example.com");
    page.type(signUp + "input[name=\"password\"]", "correct horse battery");
    page.click(signUp + "input[type=\"radio\"][value=\"team\"]");
    page.click(signUp + "[data-ck-name=\"updates\"] input");
    page.click(signUp + "button[type=\"submit\"]");

    page.waitFor("document.querySelector(" + quote(signUp + ".widget-host") + ").textContent.includes('Welcome, Ada!')",
        "the welcome card");
    assertEquals(0, page.count(signUp + ".feedback-error"));
    assertEquals("Account created for ada@example.com.", page.text(signUp + ".feedback-message"));
    assertTrue(page.text(signUp + ".widget-host").contains("Team plan"));
    assertTrue(page.text(signUp + ".widget-host").contains("Product news: on"));
    page.screenshot(SCREENSHOTS.resolve("05-signup-welcome.png"), "[data-entry=\"signup\"]");
  }

  @Test
  @Order(4)
  void aFlightPickedFromTheListIsSelectedAndTheCabinSelectRepricesIt() throws Exception {
    String flights = "[data-entry=\"flights\"] ";
    assertEquals(0, page.count(flights + "[data-icon=\"check-circle-filled\"]"));

    page.click(flights + "[data-key=\"kl1692\"]");

    page.waitFor("document.querySelector(" + quote(flights + "[data-key=\"kl1692\"]") + ").textContent.includes('Selected')",
        "KL 1692 to show as selected");
    assertEquals(1, page.count(flights + "[data-key=\"kl1692\"] [data-icon=\"check-circle-filled\"]"));
    assertEquals(1, page.evaluate("[...document.querySelectorAll(" + quote(flights + ".ck-list-item") + ")]"
        + ".filter(item => item.textContent.includes('Selected')).length").asInt());

    page.choose(flights + "select[name=\"cabin\"]", "business");

    page.waitFor("document.querySelector(" + quote(flights + "[data-key=\"kl1692\"]") + ").textContent.includes('€512')",
        "business fares");
    assertTrue(page.text(flights + "[data-key=\"kl1692\"]").contains("Selected"));
    assertTrue(page.text(flights + "[data-key=\"hv6352\"]").contains("Sold out"));
    assertTrue(page.text(flights + ".exchange summary").contains("flights.cabin → 200 replace"));
    page.screenshot(SCREENSHOTS.resolve("06-flight-selected.png"), "[data-entry=\"flights\"]");
  }

  @Test
  @Order(5)
  void aTaskIsCheckedOffAndAnotherAdded() throws Exception {
    String tasks = "[data-entry=\"tasks\"] ";
    page.click(tasks + "[data-key=\"check-t2\"] input");

    page.waitForText(tasks + "[data-key=\"progress\"]", "2 of 4 done");

    page.type(tasks + "input[name=\"title\"]", "Ship it");
    page.click(tasks + "button[type=\"submit\"]");

    page.waitForText(tasks + "[data-key=\"progress\"]", "2 of 5 done");
    assertTrue(page.text(tasks + "[data-key=\"task-t5\"]").contains("Ship it"));
    page.screenshot(SCREENSHOTS.resolve("07-tasks.png"), "[data-entry=\"tasks\"]");
  }

  @Test
  @Order(6)
  void eachWidgetShowsTheSchemaAndTheToolAModelIsGiven() throws Exception {
    String signUp = "[data-entry=\"signup\"] ";
    page.click(signUp + "[data-tab=\"schema\"]");

    page.waitFor("document.querySelector(" + quote(signUp + "[data-panel=\"schema\"] .code") + ")", "the schema");
    String schema = page.text(signUp + "[data-panel=\"schema\"] .code");
    assertTrue(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""), schema);
    assertTrue(schema.contains("\"format\": \"email\""), schema);
    assertTrue(page.evaluate("document.querySelector(" + quote(signUp + "[data-panel=\"widget\"]") + ").hidden").asBoolean());
    page.screenshot(SCREENSHOTS.resolve("08-schema.png"), "[data-entry=\"signup\"]");

    page.click(signUp + "[data-tab=\"tool\"]");

    page.waitFor("document.querySelector(" + quote(signUp + "[data-panel=\"tool\"] .code") + ")", "the tool definition");
    String tool = page.text(signUp + "[data-panel=\"tool\"] .code");
    assertTrue(tool.contains("\"type\": \"function\"") && tool.contains("\"name\": \"sign_up\""), tool);
    page.screenshot(SCREENSHOTS.resolve("09-tool.png"), "[data-entry=\"signup\"]");

    page.click(signUp + "[data-tab=\"actions\"]");
    page.waitFor("document.querySelector(" + quote(signUp + "[data-panel=\"actions\"] .code") + ")", "the action tools");
    assertTrue(page.text(signUp + "[data-panel=\"actions\"] .code").contains("\"name\": \"signup_submit\""));

    page.click(signUp + "[data-tab=\"widget\"]");
    assertTrue(page.evaluate("document.querySelector(" + quote(signUp + "[data-panel=\"schema\"]") + ").hidden").asBoolean());
  }

  @Test
  @Order(7)
  void theDarkThemeIsAPreferenceTheServersMiddlewareApplies() throws Exception {
    page.click("#theme-toggle");

    page.waitFor("document.documentElement.dataset.ckTheme === 'dark' && document.querySelector('#gallery')"
        + ".getAttribute('aria-busy') === 'false'", "the dark theme");
    page.waitFor("[...document.querySelectorAll('.widget-host > .ck-root')].every(root => root.dataset.ckTheme === 'dark')",
        "every widget to come back from the server with \"theme\": \"dark\"");
    assertTrue(page.text("[data-entry=\"order\"] .widget-host").contains("Order placed"), "the server kept its state");

    page.click("[data-entry=\"profile\"] [data-key=\"follow\"]");

    page.waitForText("[data-entry=\"profile\"] [data-key=\"follow\"]", "Following");
    assertEquals("dark", page.evaluate("document.querySelector('[data-entry=\"profile\"] .widget-host > .ck-root')"
        + ".dataset.ckTheme").asText(), "an action's answer goes through the middleware too");
    page.screenshot(SCREENSHOTS.resolve("10-gallery-dark.png"));
  }

  private static List<String> missing(List<String> expected, TreeSet<String> found) {
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(found);
    return missing;
  }
}
