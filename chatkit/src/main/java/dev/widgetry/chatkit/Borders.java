package dev.widgetry.chatkit;

import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;

/**
 * A border set side by side; a side left out has none. {@code x} and {@code y} set both horizontal
 * or both vertical sides at once.
 *
 * @param top the border above
 * @param right the border on the right
 * @param bottom the border below
 * @param left the border on the left
 * @param x the borders on the left and on the right
 * @param y the borders above and below
 */
@Widget
@WidgetBuilder
public record Borders(
    Border.Side top, Border.Side right, Border.Side bottom, Border.Side left, Border.Side x, Border.Side y)
    implements Border {

  /** A builder that sets this record's props one by one. */
  public static BordersBuilder builder() {
    return new BordersBuilder();
  }
}
