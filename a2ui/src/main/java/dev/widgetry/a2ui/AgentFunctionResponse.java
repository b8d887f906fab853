package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The agent's answer to a v1.0 renderer's {@link CallAgentFunction}: the function's value, or why
 * it failed, under the call's id.
 *
 * @param functionCallId the id of the renderer's call it answers
 * @param value what the function returned (JSON {@code null} included); null when it failed
 * @param error why it failed; null when it returned
 */
public record AgentFunctionResponse(String functionCallId, JsonNode value, FunctionError error)
    implements FunctionMessage {

  public AgentFunctionResponse {
    Objects.requireNonNull(functionCallId, "functionCallId");
    if ((value == null) == (error == null)) {
      throw new IllegalArgumentException("A function response carries either a value or an error");
    }
  }

  /** The function returned {@code value}. */
  public static AgentFunctionResponse value(String functionCallId, JsonNode value) {
    return new AgentFunctionResponse(functionCallId, Objects.requireNonNull(value, "value"), null);
  }

  /** The function failed. */
  public static AgentFunctionResponse error(String functionCallId, String code, String message) {
    return new AgentFunctionResponse(functionCallId, null, new FunctionError(code, message));
  }
}
