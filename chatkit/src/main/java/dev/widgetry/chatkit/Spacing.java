package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/** Padding or margin: spacing units or a CSS value on every side, or a value per side. */
@Widget
public sealed interface Spacing permits Spacing.Units, Spacing.Css, Spacing.Edges {

  /** The same number of spacing units on every side. */
  static Spacing of(double units) {
    return new Units(units);
  }

  /** The same CSS value on every side. */
  static Spacing css(String value) {
    return new Css(value);
  }

  /** Spacing units left and right ({@code x}), and top and bottom ({@code y}). */
  static Edges xy(double x, double y) {
    return new Edges(null, null, null, null, Dimension.of(x), Dimension.of(y));
  }

  /** A builder for a value per side. */
  static Spacing_EdgesBuilder edges() {
    return new Spacing_EdgesBuilder();
  }

  /**
   * Spacing units on every side.
   *
   * @param value the number of spacing units
   */
  @Widget
  record Units(@JsonValue double value) implements Spacing {}

  /**
   * A CSS value on every side.
   *
   * @param value the CSS text, such as {@code "1rem"}
   */
  @Widget
  record Css(@JsonValue String value) implements Spacing {
    public Css {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * Spacing set side by side; a side left out gets none. {@code x} and {@code y} set both
   * horizontal or both vertical sides at once.
   *
   * @param top space above
   * @param right space on the right
   * @param bottom space below
   * @param left space on the left
   * @param x space on the left and on the right
   * @param y space above and below
   */
  @Widget
  @WidgetBuilder
  record Edges(Dimension top, Dimension right, Dimension bottom, Dimension left, Dimension x, Dimension y)
      implements Spacing {}
}
