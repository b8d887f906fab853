package dev.widgetry.benchmarks.a2ui;

import dev.widgetry.a2ui.A2uiProblem;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.benchmarks.Same;
import dev.widgetry.runtime.WidgetParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The A2UI read benchmarks' set-up check that both contenders refuse each defect of {@link
 * SurfaceInputs#invalid} in the version they read.
 */
public final class SurfaceRefusals {
  private SurfaceRefusals() {}

  /**
   * Fails unless Widgetry, reading and validating as {@code widgetry} does, and {@code networknt}
   * each find a problem in every invalid input of {@code version}.
   */
  public static void check(
      A2uiVersion version, Function<String, List<A2uiProblem>> widgetry, NetworkntSurfaceCheck networknt) {
    for (Map.Entry<String, String> invalid : SurfaceInputs.invalid(version).entrySet()) {
      Same.value("Widgetry refuses " + invalid.getKey(), true, !problems(widgetry, invalid.getValue()).isEmpty());
      Same.value("networknt refuses " + invalid.getKey(), true, !networknt.problems(invalid.getValue()).isEmpty());
    }
  }

  /** What Widgetry finds wrong in {@code input}: what the parser refuses, else what validation finds. */
  private static List<?> problems(Function<String, List<A2uiProblem>> widgetry, String input) {
    try {
      return widgetry.apply(input);
    } catch (WidgetParseException e) {
      return List.of(e.getMessage());
    }
  }
}
