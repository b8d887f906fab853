package dev.widgetry.samples.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The headless Chromium of one browser test class, registered as a static field: it finds the
 * browser before the class's {@code @BeforeAll}, which opens its page; it skips each test when the
 * class cannot run, fails a test after which the page reported errors, and closes the browser after
 * the class's {@code @AfterAll}.
 *
 * <p>Without a Chromium the tests are skipped, unless {@code WIDGETRY_BROWSER_REQUIRED=1} (as CI
 * sets it) makes that a failure; a class that needs something more skips the same way with
 * {@link #skipOrFail}.
 */
final class HeadlessBrowser implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
  private static final String REQUIRED = "WIDGETRY_BROWSER_REQUIRED";

  private final String what;
  private final Path log;
  private Path binary;
  /** Why the tests are skipped; null when they run. */
  private String skipped;
  private Chromium chromium;
  private DevTools devTools;
  private BrowserPage page;

  /**
   * @param what what the tests run in the browser, as the skip message names it: {@code "the chat"}
   * @param log the file the browser's output goes to
   */
  HeadlessBrowser(String what, Path log) {
    this.what = what;
    this.log = log;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Optional<Path> found = Chromium.find();
    if (found.isEmpty()) {
      skipOrFail(REQUIRED, "No Chromium to run " + what + " in: none at $WIDGETRY_CHROMIUM, /usr/bin/chromium,"
          + " /usr/bin/chromium-browser or /usr/bin/google-chrome. Install the Debian package chromium.");
      return;
    }
    binary = found.get();
  }

  /** Whether the tests are skipped: then the class's {@code @BeforeAll} sets nothing up. */
  boolean skipped() {
    return skipped != null;
  }

  /**
   * Skips the class's tests for {@code why}, or fails them when the environment variable
   * {@code variable} is 1.
   */
  void skipOrFail(String variable, String why) {
    if ("1".equals(System.getenv(variable))) {
      fail(why + " (" + variable + "=1 says this run must have it.)");
    }
    skipped = why + " (With " + variable + "=1 this is a failure.)";
  }

  /** Launches the browser and gives the page of its first tab. */
  BrowserPage open() throws IOException, InterruptedException {
    chromium = Chromium.launch(binary, log);
    devTools = DevTools.connect(chromium.pageWebSocket());
    page = new BrowserPage(devTools);
    return page;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Assumptions.assumeTrue(skipped == null, skipped);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (page != null) {
      assertEquals(List.of(), page.errors());
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (devTools != null) {
      devTools.close();
    }
    if (chromium != null) {
      chromium.close();
    }
  }
}
