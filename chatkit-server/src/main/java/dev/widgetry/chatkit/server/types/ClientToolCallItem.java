package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.annotations.Widget;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A tool the client runs (in the page): the call, and its output once the client sent it.
 *
 * @param id the item's id
 * @param threadId the thread
 * @param createdAt when the call was made
 * @param status whether the client has answered
 * @param callId the call's id, as the model named it
 * @param name the tool's name
 * @param arguments the tool's arguments
 * @param output what the client answered
 */
@Widget("client_tool_call")
public record ClientToolCallItem(
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty(value = "thread_id", required = true) String threadId,
    @JsonProperty(value = "created_at", required = true) Instant createdAt,
    Status status,
    @JsonProperty(value = "call_id", required = true) String callId,
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty(value = "arguments", required = true) Map<String, JsonNode> arguments,
    JsonNode output)
    implements ThreadItem {

  public ClientToolCallItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(threadId, "threadId");
    Objects.requireNonNull(createdAt, "createdAt");
    status = status == null ? Status.PENDING : status;
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(name, "name");
    arguments = Map.copyOf(arguments);
  }

  /** The call answered with {@code output}. */
  public ClientToolCallItem completed(JsonNode output) {
    return new ClientToolCallItem(id, threadId, createdAt, Status.COMPLETED, callId, name, arguments, output);
  }

  /** Whether the client has answered a tool call. */
  public enum Status {
    @JsonProperty("pending")
    PENDING,
    @JsonProperty("completed")
    COMPLETED
  }
}
