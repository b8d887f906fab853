package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.Widgets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A class with no generated code is what a build that never ran the processor leaves, green: the
 * error at run time must name the ways that happens, not only the one a user has already checked.
 */
class MissingGeneratedCodeTest {
  /** What a user who annotated this record and built without the processor gets: no codec. */
  record Unprocessed(String name) {}

  private static final List<String> CAUSES = List.of(
      "widgetry-processor did not run on it",
      "maven-compiler-plugin's <annotationProcessorPaths>",
      "the plugin has no <version>, so Maven 3.8 uses 3.1, which ignores annotationProcessorPaths without a word",
      "the processor is only on the class path, which javac 23 and newer ignore without a word",
      "-proc:full");

  @Test
  void aTypeWithoutACodecIsToldEveryWayTheProcessorFailsToRun() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Widgets.toJson(new Unprocessed("a")));

    assertTrue(e.getMessage().startsWith("No Widgetry codec for " + Unprocessed.class.getName()
        + ": annotate it with @Widget and compile it with widgetry-processor. If it is annotated, "), e.getMessage());
    assertEquals(List.of(), missing(e.getMessage()));
  }

  @Test
  void aHandlerWithoutATableIsToldEveryWayTheProcessorFailsToRun() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActionDispatcher.of(new Object()));

    assertTrue(e.getMessage().startsWith("java.lang.Object has no generated action table"), e.getMessage());
    assertEquals(List.of(), missing(e.getMessage()));
  }

  private static List<String> missing(String message) {
    return CAUSES.stream().filter(cause -> !message.contains(cause)).toList();
  }
}
