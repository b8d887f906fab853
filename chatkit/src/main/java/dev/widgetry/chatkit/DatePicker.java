package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * A field that picks a date from a calendar that pops up.
 *
 * @param name the payload key of the picked date; dots nest ("trip.departure")
 * @param defaultValue the date picked at first, as an ISO-8601 date
 * @param min the earliest date that can be picked, as an ISO-8601 date
 * @param max the latest date that can be picked, as an ISO-8601 date
 * @param placeholder the hint shown while no date is picked
 * @param onChangeAction what picking a date does
 * @param clearable whether the pick can be undone
 * @param disabled whether it cannot be changed
 * @param side on which side of the field the calendar opens
 * @param align how the calendar lines up with the field
 * @param variant how strongly it is filled
 * @param size how big it is
 * @param pill whether its ends are fully rounded
 * @param block whether it takes the full width of its container
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget
@WidgetBuilder
public record DatePicker(
    @JsonProperty(required = true) String name,
    String defaultValue,
    String min,
    String max,
    String placeholder,
    ActionConfig onChangeAction,
    Boolean clearable,
    Boolean disabled,
    Side side,
    Align align,
    ControlVariant variant,
    ControlSize size,
    Boolean pill,
    Boolean block,
    String key,
    String id)
    implements WidgetComponent {

  public DatePicker {
    Objects.requireNonNull(name, "name");
  }

  /** A date picker submitted under this name. */
  public static DatePicker of(String name) {
    return builder().name(name).build();
  }

  /** A builder that sets this record's props one by one. */
  public static DatePickerBuilder builder() {
    return new DatePickerBuilder();
  }

  /** On which side of the field the calendar opens. */
  public enum Side {
    @JsonProperty("top")
    TOP,
    @JsonProperty("bottom")
    BOTTOM,
    @JsonProperty("left")
    LEFT,
    @JsonProperty("right")
    RIGHT
  }

  /** How the calendar lines up with the field. */
  public enum Align {
    @JsonProperty("start")
    START,
    @JsonProperty("center")
    CENTER,
    @JsonProperty("end")
    END
  }
}
