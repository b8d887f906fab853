package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * A heading.
 *
 * @param value the text shown
 * @param size the type size
 * @param weight how heavy the letters are
 * @param color the text's color
 * @param textAlign where the lines sit horizontally
 * @param truncate whether text that does not fit ends in an ellipsis
 * @param maxLines the most lines shown before it is cut off
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget
@WidgetBuilder
public record Title(
    @JsonProperty(required = true) String value,
    TitleSize size,
    FontWeight weight,
    Color color,
    TextAlign textAlign,
    Boolean truncate,
    // A line count is a whole number: the schema says "number", but no widget asks for half a line.
    Integer maxLines,
    String key,
    String id)
    implements WidgetComponent {

  public Title {
    Objects.requireNonNull(value, "value");
  }

  /** A heading saying this. */
  public static Title of(String value) {
    return builder().value(value).build();
  }

  /** A builder that sets this record's props one by one. */
  public static TitleBuilder builder() {
    return new TitleBuilder();
  }
}
