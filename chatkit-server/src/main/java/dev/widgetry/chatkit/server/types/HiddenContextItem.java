package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.annotations.Widget;
import java.time.Instant;
import java.util.Objects;

/**
 * Context the application keeps at a place in the thread for the assistant; never sent to the
 * client, never listed.
 *
 * @param id the item's id
 * @param threadId the thread
 * @param createdAt when it was added
 * @param content the context, any JSON
 */
@Widget("hidden_context_item")
public record HiddenContextItem(
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty(value = "thread_id", required = true) String threadId,
    @JsonProperty(value = "created_at", required = true) Instant createdAt,
    @JsonProperty(value = "content", required = true) JsonNode content)
    implements ThreadItem {

  public HiddenContextItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(threadId, "threadId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(content, "content");
  }

  @Override
  public boolean hidden() {
    return true;
  }
}
