package dev.widgetry.tests.templates;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real template engine, as chatkit-python runs it: {@code python3} with Jinja2 and pydantic,
 * driven through {@code python/chatkit_build.py}. Where python3 or those packages are missing, the
 * tests that need it are skipped with the reason, unless {@code WIDGETRY_PYTHON_REQUIRED=1} (as in
 * CI), where they fail.
 */
final class PythonOracle {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PYTHON = System.getenv().getOrDefault("WIDGETRY_PYTHON", "python3");

  private PythonOracle() {}

  /** Skips (or, when required, fails) the calling test unless python3 with Jinja2 and pydantic runs. */
  static void assumeAvailable() {
    String problem = problem();
    if (problem == null) {
      return;
    }
    if ("1".equals(System.getenv("WIDGETRY_PYTHON_REQUIRED"))) {
      fail("WIDGETRY_PYTHON_REQUIRED=1, and " + problem);
    }
    Assumptions.assumeTrue(false, problem + "; the differential tests against Jinja2 are skipped");
  }

  private static String problem() {
    try {
      Process process = new ProcessBuilder(PYTHON, "-c", "import jinja2, pydantic").redirectErrorStream(true).start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return PYTHON + " did not answer within a minute";
      }
      if (process.exitValue() != 0) {
        return PYTHON + " cannot import jinja2 and pydantic: "
            + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      }
      return null;
    } catch (IOException e) {
      return PYTHON + " cannot be run (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "the check for " + PYTHON + " was interrupted";
    }
  }

  /** Sends one request to the oracle script and returns its answer. */
  static JsonNode ask(ObjectNode request) {
    try {
      Process process = new ProcessBuilder(PYTHON, script().toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      try (OutputStream in = process.getOutputStream()) {
        in.write(JSON.writeValueAsBytes(request));
      }
      byte[] answer = process.getInputStream().readAllBytes();
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        fail("the oracle script failed: " + new String(answer, StandardCharsets.UTF_8));
      }
      return JSON.readTree(answer);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path script() {
    try {
      return Paths.get(PythonOracle.class.getResource("/python/chatkit_build.py").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
