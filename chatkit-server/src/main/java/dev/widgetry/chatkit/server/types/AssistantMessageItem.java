package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the assistant said: one or more parts of text, each with its annotations.
 *
 * @param id the item's id
 * @param threadId the thread
 * @param createdAt when the assistant began it
 * @param content the parts of text, in order
 */
@Widget("assistant_message")
public record AssistantMessageItem(
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty(value = "thread_id", required = true) String threadId,
    @JsonProperty(value = "created_at", required = true) Instant createdAt,
    @JsonProperty(value = "content", required = true) List<AssistantMessageContent> content)
    implements ThreadItem {

  public AssistantMessageItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(threadId, "threadId");
    Objects.requireNonNull(createdAt, "createdAt");
    content = List.copyOf(content);
  }
}
