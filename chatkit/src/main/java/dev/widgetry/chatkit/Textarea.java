package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * A text field of a form that takes several lines.
 *
 * @param name the payload key of its value; dots nest ("review.body")
 * @param defaultValue the text it starts with
 * @param placeholder the hint shown while it is empty
 * @param required whether the form cannot be submitted while it is empty
 * @param pattern a regular expression the value must match
 * @param rows how many lines high it starts
 * @param autoResize whether it grows as text is typed
 * @param maxRows the most lines it grows to
 * @param disabled whether it cannot be edited
 * @param autoFocus whether it takes the focus when it appears
 * @param autoSelect whether its text is selected when it takes the focus
 * @param allowAutofillExtensions whether password managers and other autofill extensions may fill it
 * @param variant whether it is drawn filled or outlined
 * @param size how big it is
 * @param gutterSize the space inside it, left and right of the text
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget
@WidgetBuilder
public record Textarea(
    @JsonProperty(required = true) String name,
    String defaultValue,
    String placeholder,
    Boolean required,
    String pattern,
    // Row counts are whole numbers: the schema says "number", but a field cannot be half a line high.
    Integer rows,
    Boolean autoResize,
    Integer maxRows,
    Boolean disabled,
    Boolean autoFocus,
    Boolean autoSelect,
    Boolean allowAutofillExtensions,
    FieldVariant variant,
    ControlSize size,
    GutterSize gutterSize,
    String key,
    String id)
    implements WidgetComponent {

  public Textarea {
    Objects.requireNonNull(name, "name");
  }

  /** A text area submitted under this name. */
  public static Textarea of(String name) {
    return builder().name(name).build();
  }

  /** A builder that sets this record's props one by one. */
  public static TextareaBuilder builder() {
    return new TextareaBuilder();
  }
}
