package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A v1.0 renderer asks the agent to run a function on its behalf ({@code callAgentFunction}); the
 * agent answers with a function response carrying the same {@code functionCallId}. The call stays
 * JSON: an agent's functions are of the agent's catalog, not the basic one.
 *
 * @param surfaceId the surface the call comes from
 * @param functionCallId the call's id, which the response repeats
 * @param callFunction the call, {@code {"call": name, "args": {...}, "catalogId"?}}: an object
 *     with a string {@code call}
 */
public record CallAgentFunction(String surfaceId, String functionCallId, JsonNode callFunction)
    implements ClientMessage {

  public CallAgentFunction {
    Objects.requireNonNull(surfaceId, "surfaceId");
    Objects.requireNonNull(functionCallId, "functionCallId");
    Objects.requireNonNull(callFunction, "callFunction");
  }

  /** The name of the function called. */
  public String name() {
    return callFunction.path("call").asText();
  }
}
