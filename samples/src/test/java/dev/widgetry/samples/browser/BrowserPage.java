package dev.widgetry.samples.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One browser tab driven as a person would: open a page, click at an element's place with the
 * mouse, type with the keyboard, and wait for the page to show something. Every script error and
 * console error the page reports is kept, so a test can insist there were none.
 */
final class BrowserPage {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final DevTools devTools;
  private final List<String> errors = new CopyOnWriteArrayList<>();

  BrowserPage(DevTools devTools) {
    this.devTools = devTools;
    devTools.onEvent(this::recordError);
    devTools.send("Runtime.enable");
    devTools.send("Page.enable");
  }

  /**
   * Also keeps the errors the browser itself logs, such as what the page's Content-Security-Policy
   * blocked (but not HTTP errors, which tests check in the answers).
   */
  void recordBrowserLog() {
    devTools.send("Log.enable");
  }

  /** Sizes the window's viewport, in CSS pixels. */
  void resize(int width, int height) {
    devTools.send("Emulation.setDeviceMetricsOverride", DevTools.params()
        .put("width", width).put("height", height).put("deviceScaleFactor", 1).put("mobile", false));
  }

  /** Opens {@code uri} and waits until the document and its resources have loaded. */
  void open(URI uri) {
    devTools.send("Page.navigate", DevTools.params().put("url", uri.toString()));
    waitFor("document.readyState === 'complete'", "the page to load");
  }

  /** The value of a JavaScript expression (promises are awaited), as JSON. */
  JsonNode evaluate(String expression) {
    JsonNode result = devTools.send("Runtime.evaluate", DevTools.params()
        .put("expression", expression).put("returnByValue", true).put("awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new AssertionError("The page could not evaluate " + expression + ": "
          + result.get("exceptionDetails").path("exception").path("description").asText(result.get("exceptionDetails").toString()));
    }
    return result.path("result").path("value");
  }

  /** The text of the first element matching {@code selector}, trimmed, or null when there is none. */
  String text(String selector) {
    JsonNode value = evaluate("document.querySelector(" + quote(selector) + ")?.textContent.trim() ?? null");
    return value.isNull() || value.isMissingNode() ? null : value.asText();
  }

  /** How many elements match {@code selector}. */
  int count(String selector) {
    return evaluate("document.querySelectorAll(" + quote(selector) + ").length").asInt();
  }

  /** Polls {@code condition} (a JavaScript expression) until it is true, for up to 20 seconds. */
  void waitFor(String condition, String what) {
    waitFor(condition, what, WAIT);
  }

  /** Polls {@code condition} until it is true, for up to {@code wait}. */
  void waitFor(String condition, String what, Duration wait) {
    Instant deadline = Instant.now().plus(wait);
    while (Instant.now().isBefore(deadline)) {
      if (evaluate("Boolean(" + condition + ")").asBoolean()) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for " + what, e);
      }
    }
    throw new AssertionError("Waited " + wait.toSeconds() + " s for " + what + " (" + condition + ")"
        + (errors.isEmpty() ? "" : "; the page reported: " + errors));
  }

  /** Waits until the text of {@code selector} is {@code expected}. */
  void waitForText(String selector, String expected) {
    waitFor("document.querySelector(" + quote(selector) + ")?.textContent.trim() === " + quote(expected),
        "\"" + expected + "\" in " + selector + " (it shows \"" + text(selector) + "\")");
  }

  /** Scrolls the element into view and clicks the middle of it with the mouse. */
  void click(String selector) {
    clickElement("document.querySelector(" + quote(selector) + ")", selector);
  }

  /**
   * Clicks the element {@code element} (a JavaScript expression, which may reach into shadow roots)
   * evaluates to, as {@link #click} does; {@code what} names it in the failure.
   */
  void clickElement(String element, String what) {
    JsonNode box = evaluate("(() => { const node = " + element + ";"
        + " if (!node) return null; node.scrollIntoView({block: 'center'}); const r = node.getBoundingClientRect();"
        + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
    if (box.isNull() || box.isMissingNode()) {
      throw new AssertionError("Nothing to click: no element is " + what);
    }
    double x = box.get("x").asDouble();
    double y = box.get("y").asDouble();
    mouse("mouseMoved", x, y);
    mouse("mousePressed", x, y);
    mouse("mouseReleased", x, y);
  }

  /** Clicks the field, selects what it holds and types {@code text} over it. */
  void type(String selector, String text) {
    typeInto("document.querySelector(" + quote(selector) + ")", selector, text);
  }

  /** Clicks the field {@code field} (a JavaScript expression) evaluates to, and types over what it holds. */
  void typeInto(String field, String what, String text) {
    clickElement(field, what);
    evaluate("(" + field + ").select()");
    devTools.send("Input.insertText", DevTools.params().put("text", text));
  }

  /**
   * Picks the option with this value in a select, as a person choosing from its menu does: the
   * menu itself is drawn by the browser outside the page, so the choice is made through the DOM.
   */
  void choose(String selector, String value) {
    evaluate("(() => { const select = document.querySelector(" + quote(selector) + "); select.focus();"
        + " select.value = " + quote(value) + "; select.dispatchEvent(new Event('input', {bubbles: true}));"
        + " select.dispatchEvent(new Event('change', {bubbles: true})); })()");
  }

  /** Saves the whole page, beyond the viewport, as a PNG. */
  void screenshot(Path file) throws IOException {
    JsonNode size = devTools.send("Page.getLayoutMetrics").path("cssContentSize");
    capture(file, 0, 0, size.path("width").asDouble(), size.path("height").asDouble());
  }

  /** Saves the part of the page the element covers as a PNG. */
  void screenshot(Path file, String selector) throws IOException {
    JsonNode box = evaluate("(() => { const r = document.querySelector(" + quote(selector) + ").getBoundingClientRect();"
        + " return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height}; })()");
    capture(file, box.get("x").asDouble(), box.get("y").asDouble(), box.get("width").asDouble(), box.get("height").asDouble());
  }

  /** Every uncaught exception and console error the page has reported so far. */
  List<String> errors() {
    return List.copyOf(errors);
  }

  private void capture(Path file, double x, double y, double width, double height) throws IOException {
    ObjectNode clip = DevTools.params().put("x", x).put("y", y).put("width", width).put("height", height).put("scale", 1);
    ObjectNode params = DevTools.params().put("format", "png").put("captureBeyondViewport", true);
    params.set("clip", clip);
    byte[] png = Base64.getDecoder().decode(devTools.send("Page.captureScreenshot", params).path("data").asText());
    Files.createDirectories(file.getParent());
    Files.write(file, png);
  }

  private void mouse(String type, double x, double y) {
    ObjectNode params = DevTools.params().put("type", type).put("x", x).put("y", y);
    if (!type.equals("mouseMoved")) {
      params.put("button", "left").put("clickCount", 1);
    }
    devTools.send("Input.dispatchMouseEvent", params);
  }

  private void recordError(JsonNode event) {
    String method = event.path("method").asText();
    JsonNode params = event.path("params");
    if (method.equals("Runtime.exceptionThrown")) {
      JsonNode details = params.path("exceptionDetails");
      errors.add(details.path("exception").path("description").asText(details.path("text").asText()));
    } else if (method.equals("Runtime.consoleAPICalled") && params.path("type").asText().equals("error")) {
      errors.add("console.error: " + params.path("args"));
    } else if (method.equals("Log.entryAdded") && params.path("entry").path("level").asText().equals("error")
        && !params.path("entry").path("source").asText().equals("network")) {
      // A 4xx answer is logged as a network error; the tests check answers themselves.
      errors.add("browser log: " + params.path("entry").path("text").asText() + " " + params.path("entry").path("url").asText());
    }
  }

  /** A JavaScript string literal of {@code text}. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
