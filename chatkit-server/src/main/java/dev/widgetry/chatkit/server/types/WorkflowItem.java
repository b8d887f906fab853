package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.time.Instant;
import java.util.Objects;

/**
 * A workflow: the tasks the assistant worked through, shown as one collapsible group.
 *
 * @param id the item's id
 * @param threadId the thread
 * @param createdAt when it began
 * @param workflow its tasks and summary
 */
@Widget("workflow")
public record WorkflowItem(
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty(value = "thread_id", required = true) String threadId,
    @JsonProperty(value = "created_at", required = true) Instant createdAt,
    @JsonProperty(value = "workflow", required = true) Workflow workflow)
    implements ThreadItem {

  public WorkflowItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(threadId, "threadId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(workflow, "workflow");
  }
}
