package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.time.Instant;
import java.util.Objects;

/**
 * Context kept in the thread for the assistant by ChatKit's own side rather than the application's
 * (chatkit-python keeps one when the user cancels an answer; this server makes none, and reads and
 * keeps those a store moved over holds); never sent to the client, never listed.
 *
 * @param id the item's id
 * @param threadId the thread
 * @param createdAt when it was added
 * @param content the context, as text for the assistant
 */
@Widget("sdk_hidden_context")
public record SdkHiddenContextItem(
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty(value = "thread_id", required = true) String threadId,
    @JsonProperty(value = "created_at", required = true) Instant createdAt,
    @JsonProperty(value = "content", required = true) String content)
    implements ThreadItem {

  public SdkHiddenContextItem {
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
