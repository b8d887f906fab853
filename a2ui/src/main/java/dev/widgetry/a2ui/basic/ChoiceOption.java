package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.StringLiteral;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * One option of a ChoicePicker.
 *
 * @param label the text to display for this option
 * @param value the stable value associated with this option
 */
@Widget
public record ChoiceOption(
    @JsonProperty(required = true) DynamicString label,
    @JsonProperty(required = true) String value) {

  public ChoiceOption {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
  }

  /** An option shown as {@code label} whose value is {@code value}. */
  public static ChoiceOption of(String label, String value) {
    return new ChoiceOption(new StringLiteral(label), value);
  }
}
