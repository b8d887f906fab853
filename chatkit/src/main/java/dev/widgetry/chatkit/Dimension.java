package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * A plain number, in the unit of the prop (pixels for sizes, spacing units for gaps, a factor for
 * flex), or a CSS value such as "50%" or "12rem".
 */
@Widget
public sealed interface Dimension permits Dimension.Numeric, Dimension.Css {

  /** A plain number. */
  static Dimension of(double value) {
    return new Numeric(value);
  }

  /** A CSS value such as {@code "50%"}, {@code "12rem"} or {@code "auto"}. */
  static Dimension css(String value) {
    return new Css(value);
  }

  /**
   * A plain number.
   *
   * @param value the number
   */
  @Widget
  record Numeric(@JsonValue double value) implements Dimension {}

  /**
   * A CSS value.
   *
   * @param value the CSS text
   */
  @Widget
  record Css(@JsonValue String value) implements Dimension {
    public Css {
      Objects.requireNonNull(value, "value");
    }
  }
}
