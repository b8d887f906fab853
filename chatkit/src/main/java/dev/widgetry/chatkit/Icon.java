package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * One of ChatKit's icons.
 *
 * @param name which icon
 * @param size how big it is
 * @param color its color
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget
@WidgetBuilder
public record Icon(@JsonProperty(required = true) IconName name, IconSize size, Color color, String key, String id)
    implements WidgetComponent {

  public Icon {
    Objects.requireNonNull(name, "name");
  }

  /** This icon, in the default size and color. */
  public static Icon of(IconName name) {
    return new Icon(name, null, null, null, null);
  }

  /** A builder that sets this record's props one by one. */
  public static IconBuilder builder() {
    return new IconBuilder();
  }
}
