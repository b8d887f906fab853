package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Questions the assistant asks the user to answer in a form, and the answers once given.
 *
 * @param id the item's id
 * @param threadId the thread
 * @param createdAt when the questions were asked
 * @param status whether the user has answered or skipped them
 * @param inputs the questions
 */
@Widget("structured_input")
public record StructuredInputItem(
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty(value = "thread_id", required = true) String threadId,
    @JsonProperty(value = "created_at", required = true) Instant createdAt,
    Status status,
    @JsonProperty(value = "inputs", required = true) List<StructuredInput> inputs)
    implements ThreadItem {

  public StructuredInputItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(threadId, "threadId");
    Objects.requireNonNull(createdAt, "createdAt");
    status = status == null ? Status.PENDING : status;
    inputs = List.copyOf(inputs);
  }

  /** The same questions with another status and inputs. */
  public StructuredInputItem with(Status status, List<StructuredInput> inputs) {
    return new StructuredInputItem(id, threadId, createdAt, status, inputs);
  }

  /** Where the questions stand. */
  public enum Status {
    @JsonProperty("pending")
    PENDING,
    @JsonProperty("answered")
    ANSWERED,
    @JsonProperty("skipped")
    SKIPPED
  }
}
