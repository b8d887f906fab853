package dev.widgetry.tests.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.tools.FileObject;

/**
 * Compares generated files with the reviewed copies under {@code src/test/resources/golden}. A
 * missing golden file is written there and the test fails, so new output is read before it is
 * trusted; run with {@code -Dwidgetry.golden.update=true} to rewrite all of them after a deliberate
 * change, then review the diff.
 */
final class GoldenFiles {
  private static final Path DIRECTORY = Paths.get(System.getProperty("widgetry.golden.dir", "src/test/resources/golden"));
  private static final boolean UPDATE = Boolean.getBoolean("widgetry.golden.update");

  private GoldenFiles() {}

  static void assertMatches(String goldenName, FileObject generated) {
    assertMatches(goldenName, content(generated));
  }

  /** Compares a text made from generated files (the runtime's strict schema, say) with its golden file. */
  static void assertMatches(String goldenName, String actual) {
    Path golden = DIRECTORY.resolve(goldenName);
    try {
      if (UPDATE || !Files.exists(golden)) {
        boolean existed = Files.exists(golden);
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        if (!UPDATE || !existed) {
          fail("Golden file " + golden + " was missing; it has been written for review. Check it in once it reads right.");
        }
        return;
      }
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
          "Generated " + goldenName + " differs from its golden file; if the change is deliberate, rerun with"
              + " -Dwidgetry.golden.update=true and review the diff");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String content(FileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
