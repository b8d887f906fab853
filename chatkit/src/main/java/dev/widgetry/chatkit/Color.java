package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/** A color: one for both themes (a token such as "blue-500", or a CSS color), or one per theme. */
@Widget
public sealed interface Color permits Color.Plain, ThemeColor {

  /** A color token such as {@code "blue-500"} or {@code "secondary"}, or any CSS color. */
  static Color of(String value) {
    return new Plain(value);
  }

  /** One color for the light theme and another for the dark theme. */
  static ThemeColor theme(String light, String dark) {
    return new ThemeColor(light, dark);
  }

  /**
   * The same color in both themes.
   *
   * @param value a color token or a CSS color
   */
  @Widget
  record Plain(@JsonValue String value) implements Color {
    public Plain {
      Objects.requireNonNull(value, "value");
    }
  }
}
