package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * The caption of a form field; clicking it focuses the field.
 *
 * @param value the text shown
 * @param fieldName the name of the field it labels
 * @param size the type size
 * @param weight how heavy the letters are
 * @param color the text's color
 * @param textAlign where the lines sit horizontally
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget
@WidgetBuilder
public record Label(
    @JsonProperty(required = true) String value,
    @JsonProperty(required = true) String fieldName,
    TextSize size,
    FontWeight weight,
    Color color,
    TextAlign textAlign,
    String key,
    String id)
    implements WidgetComponent {

  public Label {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(fieldName, "fieldName");
  }

  /** A label saying {@code value} for the field named {@code fieldName}. */
  public static Label of(String value, String fieldName) {
    return builder().value(value).fieldName(fieldName).build();
  }

  /** A builder that sets this record's props one by one. */
  public static LabelBuilder builder() {
    return new LabelBuilder();
  }
}
