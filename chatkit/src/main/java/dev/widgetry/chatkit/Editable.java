package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/** Whether a text can be edited in place: false, or the form field it becomes. */
@Widget
public sealed interface Editable permits Editable.Off, Editable.Field {

  /** Not editable: written as {@code false}. */
  static Editable off() {
    return new Off(false);
  }

  /** Editable, submitted with the enclosing form under {@code name}. */
  static Field field(String name) {
    return new Field(name, null, null, null, null, null, null, null);
  }

  /**
   * The text cannot be edited. ChatKit accepts only {@code false} here, never {@code true}.
   *
   * @param value always false
   */
  @Widget
  record Off(@JsonValue boolean value) implements Editable {
    public Off {
      if (value) {
        throw new IllegalArgumentException("editable is false or a field object; true is not allowed");
      }
    }
  }

  /**
   * The text is a form field: its current value goes into the payload of actions fired from the
   * enclosing form.
   *
   * @param name the payload key of its value; dots nest ({@code "todo.title"})
   * @param autoComplete the browser's autocomplete hint, as in HTML
   * @param autoFocus whether it takes the focus when it appears
   * @param autoSelect whether its text is selected when it takes the focus
   * @param allowAutofillExtensions whether password managers and other autofill extensions may fill it
   * @param pattern a regular expression the value must match
   * @param placeholder the hint shown while it is empty
   * @param required whether the form cannot be submitted while it is empty
   */
  @Widget
  @WidgetBuilder
  record Field(
      @JsonProperty(required = true) String name,
      String autoComplete,
      Boolean autoFocus,
      Boolean autoSelect,
      Boolean allowAutofillExtensions,
      String pattern,
      String placeholder,
      Boolean required)
      implements Editable {

    public Field {
      Objects.requireNonNull(name, "name");
    }

    /** A builder that sets this record's props one by one. */
    public static Editable_FieldBuilder builder() {
      return new Editable_FieldBuilder();
    }
  }
}
