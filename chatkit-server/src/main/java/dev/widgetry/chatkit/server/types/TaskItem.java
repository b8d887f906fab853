package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.time.Instant;
import java.util.Objects;

/**
 * One task shown on its own, outside a workflow.
 *
 * @param id the item's id
 * @param threadId the thread
 * @param createdAt when it began
 * @param task the task
 */
@Widget("task")
public record TaskItem(
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty(value = "thread_id", required = true) String threadId,
    @JsonProperty(value = "created_at", required = true) Instant createdAt,
    @JsonProperty(value = "task", required = true) Task task)
    implements ThreadItem {

  public TaskItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(threadId, "threadId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(task, "task");
  }
}
