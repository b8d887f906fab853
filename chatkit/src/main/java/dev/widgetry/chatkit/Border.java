package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.widgetry.annotations.Widget;

/** A border: a width in pixels on every side, a line on every side, or a border per side. */
@Widget
public sealed interface Border permits Borders, Border.Side {

  /** A solid line of this width, in pixels, in the default color. */
  static Side of(double size) {
    return new Width(size);
  }

  /** A line of this width, in pixels, with a color and a style; either may be null. */
  static Side line(double size, Color color, BorderStyle style) {
    return new Line(size, color, style);
  }

  /** What one side of a {@link Borders} takes: a width, or a line. */
  @Widget
  sealed interface Side extends Border permits Width, Line {}

  /**
   * A solid line in the default color.
   *
   * @param size its width in pixels
   */
  @Widget
  record Width(@JsonValue double size) implements Side {}

  /**
   * A line with a width, a color and a style.
   *
   * @param size its width in pixels
   * @param color its color; the theme's border color when absent
   * @param style how it is drawn; solid when absent
   */
  @Widget
  record Line(double size, Color color, BorderStyle style) implements Side {}
}
