package dev.widgetry.chatkit;

import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;

/**
 * A thin line between the components before and after it.
 *
 * @param color the line's color
 * @param size the line's thickness
 * @param spacing the space on each side of the line
 * @param flush whether the line runs to the container's edges, through its padding
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget
@WidgetBuilder
public record Divider(Color color, Dimension size, Dimension spacing, Boolean flush, String key, String id)
    implements WidgetComponent {

  /** A divider in the default style. */
  public static Divider of() {
    return new Divider(null, null, null, null, null, null);
  }

  /** A builder that sets this record's props one by one. */
  public static DividerBuilder builder() {
    return new DividerBuilder();
  }
}
