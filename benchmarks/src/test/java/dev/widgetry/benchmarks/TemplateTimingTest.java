package dev.widgetry.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.widgetry.benchmarks.templates.TemplateData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python timing {@code run.sh} takes runs: chatkit-python's build steps render the widget the
 * compiled template renders, and the script reports its figures. Skipped, with the reason, where
 * python3 has no Jinja2 or pydantic, unless {@code WIDGETRY_PYTHON_REQUIRED=1}.
 */
class TemplateTimingTest {
  private static final String PYTHON = System.getenv().getOrDefault("WIDGETRY_PYTHON", "python3");

  @TempDir
  Path folder;

  @Test
  void thePythonTimingRunsOnTheSameWidget() throws Exception {
    assumePython();
    Path data = folder.resolve("data.json");
    Path widget = folder.resolve("widget.json");
    TemplateData.main(new String[] {data.toString(), widget.toString()});

    Process process = new ProcessBuilder(PYTHON, "python/template_build.py", "src/main/resources/widgets/order_list.widget",
        data.toString(), widget.toString(), "0.01").redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
    List<String> keys = output.lines().map(line -> line.substring(0, line.indexOf('='))).toList();
    assertEquals(List.of("template.python.median", "template.python.min", "template.python.max",
        "template.python.versions"), keys);
  }

  private static void assumePython() throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder(PYTHON, "-c", "import jinja2, pydantic").redirectErrorStream(true).start();
    } catch (IOException e) {
      skipOrFail(PYTHON + " cannot be run (" + e.getMessage() + ")");
      return;
    }
    boolean done = process.waitFor(60, TimeUnit.SECONDS);
    if (!done || process.exitValue() != 0) {
      skipOrFail(PYTHON + " cannot import jinja2 and pydantic");
    }
  }

  private static void skipOrFail(String problem) {
    if ("1".equals(System.getenv("WIDGETRY_PYTHON_REQUIRED"))) {
      fail("WIDGETRY_PYTHON_REQUIRED=1, and " + problem);
    }
    Assumptions.assumeTrue(false, problem + "; the Python timing is not checked");
  }
}
