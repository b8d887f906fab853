package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * A button in a card's footer: its label and the action it fires.
 *
 * @param label the button's text
 * @param action what a click does
 */
@Widget
public record CardAction(@JsonProperty(required = true) String label, @JsonProperty(required = true) ActionConfig action) {

  public CardAction {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(action, "action");
  }

  /** A footer button with this label and action. */
  public static CardAction of(String label, ActionConfig action) {
    return new CardAction(label, action);
  }
}
