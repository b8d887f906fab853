package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.annotations.Widget;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A thread as the client receives it: its metadata and a page of its items.
 *
 * @param id the thread's id
 * @param title its title, once it has one
 * @param createdAt when it was started
 * @param status whether it takes new messages
 * @param allowedImageDomains the domains the client may load images from in it
 * @param metadata what the application keeps with it
 * @param items a page of its items
 */
@Widget
public record Thread(
    @JsonProperty(value = "id", required = true) String id,
    String title,
    @JsonProperty(value = "created_at", required = true) Instant createdAt,
    ThreadStatus status,
    @JsonProperty("allowed_image_domains") List<String> allowedImageDomains,
    Map<String, JsonNode> metadata,
    @JsonProperty(value = "items", required = true) ThreadItemPage items) {

  public Thread {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(items, "items");
  }

  /** The thread with this page of its items. */
  public static Thread of(ThreadMetadata thread, ThreadItemPage items) {
    return new Thread(thread.id(), thread.title(), thread.createdAt(), thread.status(),
        thread.allowedImageDomains(), thread.metadata(), items);
  }
}
