package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * A one-line text field of a form.
 *
 * @param name the payload key of its value; dots nest ("address.city")
 * @param inputType what kind of text it takes, which picks the keyboard and the checks
 * @param defaultValue the text it starts with
 * @param placeholder the hint shown while it is empty
 * @param required whether the form cannot be submitted while it is empty
 * @param pattern a regular expression the value must match
 * @param disabled whether it cannot be edited
 * @param autoFocus whether it takes the focus when it appears
 * @param autoSelect whether its text is selected when it takes the focus
 * @param allowAutofillExtensions whether password managers and other autofill extensions may fill it
 * @param variant whether it is drawn filled or outlined
 * @param size how big it is
 * @param gutterSize the space inside it, left and right of the text
 * @param pill whether its ends are fully rounded
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget
@WidgetBuilder
public record Input(
    @JsonProperty(required = true) String name,
    Type inputType,
    String defaultValue,
    String placeholder,
    Boolean required,
    String pattern,
    Boolean disabled,
    Boolean autoFocus,
    Boolean autoSelect,
    Boolean allowAutofillExtensions,
    FieldVariant variant,
    ControlSize size,
    GutterSize gutterSize,
    Boolean pill,
    String key,
    String id)
    implements WidgetComponent {

  public Input {
    Objects.requireNonNull(name, "name");
  }

  /** A text field submitted under this name. */
  public static Input of(String name) {
    return builder().name(name).build();
  }

  /** A builder that sets this record's props one by one. */
  public static InputBuilder builder() {
    return new InputBuilder();
  }

  /** What kind of text a field takes, as the HTML input type. */
  public enum Type {
    @JsonProperty("number")
    NUMBER,
    @JsonProperty("email")
    EMAIL,
    @JsonProperty("text")
    TEXT,
    @JsonProperty("password")
    PASSWORD,
    @JsonProperty("tel")
    TEL,
    @JsonProperty("url")
    URL
  }
}
