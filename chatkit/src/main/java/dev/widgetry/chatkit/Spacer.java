package dev.widgetry.chatkit;

import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;

/**
 * Empty space that grows to push its neighbours apart.
 *
 * @param minSize the least space it takes
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget
@WidgetBuilder
public record Spacer(Dimension minSize, String key, String id) implements WidgetComponent {

  /** A spacer with no minimum size. */
  public static Spacer of() {
    return new Spacer(null, null, null);
  }

  /** A builder that sets this record's props one by one. */
  public static SpacerBuilder builder() {
    return new SpacerBuilder();
  }
}
