package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * Animates the change when its one child is replaced by an update.
 *
 * @param children the one component it animates
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget
@WidgetBuilder
public record Transition(@JsonProperty(required = true) WidgetComponent children, String key, String id)
    implements WidgetComponent {

  public Transition {
    Objects.requireNonNull(children, "children");
  }

  /** A transition around this component. */
  public static Transition of(WidgetComponent child) {
    return new Transition(child, null, null);
  }

  /** A builder that sets this record's props one by one. */
  public static TransitionBuilder builder() {
    return new TransitionBuilder();
  }
}
