package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * One choice of a {@link Select}.
 *
 * @param value what the form submits when this choice is picked
 * @param label what the user sees
 */
@Widget
public record SelectOption(@JsonProperty(required = true) String value, @JsonProperty(required = true) String label) {

  public SelectOption {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
  }

  /** A choice submitting {@code value}, shown as {@code label}. */
  public static SelectOption of(String value, String label) {
    return new SelectOption(value, label);
  }
}
