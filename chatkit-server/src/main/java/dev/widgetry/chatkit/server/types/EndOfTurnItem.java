package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.time.Instant;
import java.util.Objects;

/**
 * Marks where the assistant ended its turn.
 *
 * @param id the item's id
 * @param threadId the thread
 * @param createdAt when the turn ended
 */
@Widget("end_of_turn")
public record EndOfTurnItem(
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty(value = "thread_id", required = true) String threadId,
    @JsonProperty(value = "created_at", required = true) Instant createdAt)
    implements ThreadItem {

  public EndOfTurnItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(threadId, "threadId");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
