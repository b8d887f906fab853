package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/** One value in a row of chart data: a number to plot, or a text such as a category name. */
@Widget
public sealed interface ChartValue permits ChartValue.Numeric, ChartValue.Textual {

  /** A number. */
  static ChartValue of(double value) {
    return new Numeric(value);
  }

  /** A text. */
  static ChartValue of(String value) {
    return new Textual(value);
  }

  /**
   * A number.
   *
   * @param value the number
   */
  @Widget
  record Numeric(@JsonValue double value) implements ChartValue {}

  /**
   * A text.
   *
   * @param value the text
   */
  @Widget
  record Textual(@JsonValue String value) implements ChartValue {
    public Textual {
      Objects.requireNonNull(value, "value");
    }
  }
}
