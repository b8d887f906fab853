package dev.widgetry.tests.model;

import dev.widgetry.annotations.Widget;
import java.util.List;

/** A record whose constructor checks its values, as records often do. */
@Widget
public record Range(int min, int max, List<Range> parts) {
  public Range {
    if (min > max) {
      throw new IllegalArgumentException("min must not exceed max");
    }
  }
}
