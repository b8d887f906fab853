package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A v1.0 renderer's answer to the agent's {@code callRendererFunction}: the function's value, or
 * why it failed, under the call's id.
 *
 * @param functionCallId the id of the call it answers
 * @param value what the function returned (JSON {@code null} included); null when it failed
 * @param error why it failed; null when it returned
 */
public record RendererFunctionResponse(String functionCallId, JsonNode value, FunctionError error)
    implements ClientMessage {

  public RendererFunctionResponse {
    Objects.requireNonNull(functionCallId, "functionCallId");
    if ((value == null) == (error == null)) {
      throw new IllegalArgumentException("A function response carries either a value or an error");
    }
  }

  /** None: a function response names the call it answers, not a surface. */
  @Override
  public String surfaceId() {
    return null;
  }
}
