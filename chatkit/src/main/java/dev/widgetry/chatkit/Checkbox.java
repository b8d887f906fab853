package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * A box that is checked or not, with a label beside it.
 *
 * @param name the payload key of its state; dots nest ("prefs.newsletter")
 * @param label the text beside the box
 * @param defaultChecked whether it starts checked
 * @param onChangeAction what checking or unchecking it does
 * @param required whether the form cannot be submitted while it is unchecked
 * @param disabled whether it cannot be changed
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget
@WidgetBuilder
public record Checkbox(
    @JsonProperty(required = true) String name,
    String label,
    Boolean defaultChecked,
    ActionConfig onChangeAction,
    Boolean required,
    Boolean disabled,
    String key,
    String id)
    implements WidgetComponent {

  public Checkbox {
    Objects.requireNonNull(name, "name");
  }

  /** A checkbox submitted under this name, with this label. */
  public static Checkbox of(String name, String label) {
    return builder().name(name).label(label).build();
  }

  /** A builder that sets this record's props one by one. */
  public static CheckboxBuilder builder() {
    return new CheckboxBuilder();
  }
}
