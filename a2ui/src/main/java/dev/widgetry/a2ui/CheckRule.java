package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * A check on a Button or an input: when {@code condition} is false the renderer shows
 * {@code message} (and a Button is disabled).
 *
 * @param condition the condition that must hold, usually a call of {@code required}, {@code email},
 *     {@code length}...
 * @param message the error message to display if the check fails
 */
@Widget
public record CheckRule(
    @JsonProperty(required = true) DynamicBoolean condition,
    @JsonProperty(required = true) String message) {

  public CheckRule {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(message, "message");
  }

  /** A check that shows {@code message} while {@code condition} is false. */
  public static CheckRule of(DynamicBoolean condition, String message) {
    return new CheckRule(condition, message);
  }
}
