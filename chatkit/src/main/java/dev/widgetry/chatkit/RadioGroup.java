package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;
import java.util.Objects;

/**
 * A set of choices shown as radio buttons, one of which is picked.
 *
 * @param name the payload key of the picked value; dots nest ("order.shipping")
 * @param options the choices, in order
 * @param defaultValue the value picked at first
 * @param ariaLabel what the group is, for screen readers
 * @param direction whether the choices sit side by side or stacked
 * @param onChangeAction what picking a choice does
 * @param required whether the form cannot be submitted while nothing is picked
 * @param disabled whether it cannot be changed
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget
@WidgetBuilder
public record RadioGroup(
    @JsonProperty(required = true) String name,
    List<RadioOption> options,
    String defaultValue,
    String ariaLabel,
    Direction direction,
    ActionConfig onChangeAction,
    Boolean required,
    Boolean disabled,
    String key,
    String id)
    implements WidgetComponent {

  public RadioGroup {
    Objects.requireNonNull(name, "name");
  }

  /** A radio group submitted under this name, offering these choices. */
  public static RadioGroup of(String name, RadioOption... options) {
    return builder().name(name).options(options).build();
  }

  /** A builder that sets this record's props one by one. */
  public static RadioGroupBuilder builder() {
    return new RadioGroupBuilder();
  }
}
