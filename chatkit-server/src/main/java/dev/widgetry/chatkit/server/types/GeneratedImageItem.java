package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.time.Instant;
import java.util.Objects;

/**
 * An image the assistant made, or is making.
 *
 * @param id the item's id
 * @param threadId the thread
 * @param createdAt when it was begun
 * @param image the image, once there is one
 */
@Widget("generated_image")
public record GeneratedImageItem(
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty(value = "thread_id", required = true) String threadId,
    @JsonProperty(value = "created_at", required = true) Instant createdAt,
    GeneratedImage image)
    implements ThreadItem {

  public GeneratedImageItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(threadId, "threadId");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * An image made by the assistant.
   *
   * @param id the image's id
   * @param url where the client loads it
   */
  @Widget
  public record GeneratedImage(
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "url", required = true) String url) {
    public GeneratedImage {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(url, "url");
    }
  }
}
