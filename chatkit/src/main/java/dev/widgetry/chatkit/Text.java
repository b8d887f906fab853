package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * A run of body text; it can be streamed in, and can become an editable form field.
 *
 * @param value the text shown
 * @param size the type size
 * @param weight how heavy the letters are
 * @param color the text's color
 * @param textAlign where the lines sit horizontally
 * @param italic whether it is set in italics
 * @param lineThrough whether it is struck through
 * @param truncate whether text that does not fit ends in an ellipsis
 * @param maxLines the most lines shown before it is cut off
 * @param minLines the fewest lines of space it takes
 * @param width its width
 * @param streaming whether more text is still arriving, so a cursor is shown
 * @param editable false, or the form field the text becomes when it is edited in place
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it; needed to stream its value
 */
@Widget
@WidgetBuilder
public record Text(
    @JsonProperty(required = true) String value,
    TextSize size,
    FontWeight weight,
    Color color,
    TextAlign textAlign,
    Boolean italic,
    Boolean lineThrough,
    Boolean truncate,
    // Line counts are whole numbers: the schema says "number", but no widget asks for half a line.
    Integer maxLines,
    Integer minLines,
    Dimension width,
    Boolean streaming,
    Editable editable,
    String key,
    String id)
    implements WidgetComponent {

  public Text {
    Objects.requireNonNull(value, "value");
  }

  /** Body text saying this. */
  public static Text of(String value) {
    return builder().value(value).build();
  }

  /** A builder that sets this record's props one by one. */
  public static TextBuilder builder() {
    return new TextBuilder();
  }
}
