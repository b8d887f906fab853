package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * A color that follows the theme.
 *
 * @param light the color on a light background
 * @param dark the color on a dark background
 */
@Widget
public record ThemeColor(
    @JsonProperty(required = true) String light, @JsonProperty(required = true) String dark)
    implements Color {

  public ThemeColor {
    Objects.requireNonNull(light, "light");
    Objects.requireNonNull(dark, "dark");
  }
}
