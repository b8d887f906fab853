package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;
import java.util.Objects;

/**
 * A drop-down list of choices, one of which is picked.
 *
 * @param name the payload key of the picked value; dots nest ("trip.cabin")
 * @param options the choices, in order
 * @param defaultValue the value picked at first
 * @param placeholder the hint shown while nothing is picked
 * @param onChangeAction what picking a choice does
 * @param clearable whether the pick can be undone
 * @param disabled whether it cannot be changed
 * @param variant how strongly it is filled
 * @param size how big it is
 * @param pill whether its ends are fully rounded
 * @param block whether it takes the full width of its container
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget
@WidgetBuilder
public record Select(
    @JsonProperty(required = true) String name,
    @JsonProperty(required = true) List<SelectOption> options,
    String defaultValue,
    String placeholder,
    ActionConfig onChangeAction,
    Boolean clearable,
    Boolean disabled,
    ControlVariant variant,
    ControlSize size,
    Boolean pill,
    Boolean block,
    String key,
    String id)
    implements WidgetComponent {

  public Select {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(options, "options");
  }

  /** A select submitted under this name, offering these choices. */
  public static Select of(String name, SelectOption... options) {
    return builder().name(name).options(options).build();
  }

  /** A builder that sets this record's props one by one. */
  public static SelectBuilder builder() {
    return new SelectBuilder();
  }
}
