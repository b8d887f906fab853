package dev.widgetry.samples.browser;

import static dev.widgetry.samples.browser.BrowserPage.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.samples.gallery.GalleryServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The chat page in a real headless Chromium, speaking ChatKit's protocol to {@code POST /chatkit}: a
 * conversation with the scripted assistant, a widget streamed through its states, actions of a
 * streamed widget and of a gallery widget, and a reload and a restart of the app that show the
 * thread as it was left (kept in a SQLite file). Screenshots go to {@code target/screenshots/}.
 *
 * <p>Without a Chromium the test is skipped, unless {@code WIDGETRY_BROWSER_REQUIRED=1} (as CI sets
 * it) makes that a failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String BRIEFING = "[data-item-type=\"widget\"] [data-ck-type=\"Card\"]";

  @RegisterExtension
  static final HeadlessBrowser BROWSER = new HeadlessBrowser("the chat", Path.of("target", "chromium-chat.log"));

  private static Path database;
  private static GalleryServer server;
  private static BrowserPage page;
  private static String threadId;

  @BeforeAll
  static void openTheChat() throws Exception {
    if (BROWSER.skipped()) {
      return;
    }
    database = Files.createTempDirectory("widgetry-chat-").resolve("chat.db");
    server = start();
    page = BROWSER.open();
    page.resize(1200, 1000);
    page.open(server.uri().resolve("chat.html"));
  }

  @AfterAll
  static void stopTheServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void aConversationStreamsTheAssistantsAnswer() throws Exception {
    send("Hello there");

    page.waitFor("document.querySelector('[data-item-type=\"assistant_message\"]')?.textContent"
        + ".includes('scripted assistant')", "the assistant's answer");
    assertEquals("Hello there", page.text("[data-item-type=\"user_message\"]"));
    page.waitForText("#thread-title", "Hello there");
    threadId = page.evaluate("location.hash.slice(1)").asText();
    assertTrue(threadId.startsWith("thr_"), threadId);
    page.waitFor("document.querySelector('#threads a[data-thread-id=\"" + threadId + "\"]')", "the thread in the list");
    assertTrue(page.count("#stream-log [data-kind=\"assistant_message.content_part.text_delta\"]") == 1,
        "the answer came as text deltas");
    page.screenshot(SCREENSHOTS.resolve("chat-1-conversation.png"));
  }

  @Test
  @Order(2)
  void aWidgetStreamsThroughItsStates() throws Exception {
    send("Write me a briefing for the weekend");

    page.waitFor("document.querySelector(" + quote(BRIEFING + " button[data-action-type=\"briefing.pack\"]") + ")",
        "the briefing's last state, with its button");
    page.waitFor("document.querySelector('#messages').getAttribute('aria-busy') === 'false'", "the answer's end");
    for (String kind : List.of("widget.streaming_text.value_delta", "widget.component.updated", "widget.root.updated")) {
      assertEquals(1, page.count("#stream-log [data-kind=\"" + kind + "\"]"), "the widget streamed with " + kind);
    }
    String briefing = page.text(BRIEFING);
    assertTrue(briefing.contains("keep Sunday for Belém and its pastries."), briefing);
    assertTrue(briefing.contains("Table at Taberna da Rua das Flores, 20:00"), briefing);
    page.screenshot(SCREENSHOTS.resolve("chat-2-streamed-widget.png"));
  }

  @Test
  @Order(3)
  void theActionsOfAStreamedWidgetAndOfAGalleryWidgetReachTheirHandlers() throws Exception {
    page.click(BRIEFING + " button[data-action-type=\"briefing.pack\"]");
    page.waitFor("document.querySelector(" + quote(BRIEFING) + ")?.textContent.includes('Bag packed')",
        "the briefing updated by its handler");
    page.waitFor("[...document.querySelectorAll('[data-item-type=\"assistant_message\"]')]"
        + ".some(node => node.textContent.includes('Have a lovely weekend'))", "the handler's message");

    send("Show me my order");
    String order = "[data-item-type=\"widget\"]:last-child ";
    page.waitFor("document.querySelector(" + quote(order + "[data-key=\"qty-tea\"]") + ")", "the order widget");
    page.waitFor("document.querySelector('#messages').getAttribute('aria-busy') === 'false'", "the answer's end");
    assertEquals("2", page.text(order + "[data-key=\"qty-tea\"]"));
    page.click(order + "[data-key=\"add-tea\"]");
    page.waitForText(order + "[data-key=\"qty-tea\"]", "3");
    page.screenshot(SCREENSHOTS.resolve("chat-3-actions.png"));
  }

  @Test
  @Order(4)
  void aReloadAndARestartShowTheThreadAsItWasLeft() throws Exception {
    String before = threadText();

    page.open(server.uri().resolve("chat.html#" + threadId));
    page.waitFor("document.querySelectorAll('#messages .chat-item').length >= 7", "the thread from the store");
    assertEquals(before, threadText());

    server.close();
    server = start();
    page.open(server.uri().resolve("chat.html#" + threadId));
    page.waitFor("document.querySelectorAll('#messages .chat-item').length >= 7", "the thread after a restart");
    assertEquals(before, threadText());
    assertTrue(page.text(BRIEFING).contains("Bag packed"), "the action's change was kept");
    assertEquals("3", page.text("[data-item-type=\"widget\"]:last-child [data-key=\"qty-tea\"]"));
    page.waitFor("document.querySelector('#threads a[data-thread-id=\"" + threadId + "\"]')?.textContent"
        + " === 'Hello there'", "the thread listed with its title");
    page.screenshot(SCREENSHOTS.resolve("chat-4-after-restart.png"));
  }

  private static void send(String text) {
    page.type("#prompt", text);
    page.click("#send");
  }

  /** What the thread shows: each item's type and text, in order. */
  private static String threadText() {
    return page.evaluate("[...document.querySelectorAll('#messages .chat-item')]"
        + ".map(node => node.dataset.itemType + ': ' + node.textContent.trim()).join('\\n')").asText();
  }

  private static GalleryServer start() throws Exception {
    return GalleryServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), SqliteStore.open(database));
  }

}
