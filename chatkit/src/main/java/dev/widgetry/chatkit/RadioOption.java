package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * One choice of a {@link RadioGroup}.
 *
 * @param value what the form submits when this choice is picked
 * @param label what the user sees
 * @param disabled whether this choice cannot be picked
 */
@Widget
public record RadioOption(
    @JsonProperty(required = true) String value, @JsonProperty(required = true) String label, Boolean disabled) {

  public RadioOption {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
  }

  /** A choice submitting {@code value}, shown as {@code label}. */
  public static RadioOption of(String value, String label) {
    return new RadioOption(value, label, null);
  }
}
