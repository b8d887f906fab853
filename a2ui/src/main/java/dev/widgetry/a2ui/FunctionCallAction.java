package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * An action that runs a function on the client, such as {@code openUrl}.
 *
 * @param functionCall the call
 */
@Widget
public record FunctionCallAction(@JsonProperty(required = true) FunctionCall functionCall) implements Action {

  public FunctionCallAction {
    Objects.requireNonNull(functionCall, "functionCall");
  }
}
