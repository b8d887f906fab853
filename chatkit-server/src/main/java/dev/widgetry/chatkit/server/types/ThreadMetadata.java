package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.annotations.Widget;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A thread without its items: what the store keeps about it.
 *
 * @param id the thread's id
 * @param title its title, once it has one
 * @param createdAt when it was started
 * @param status whether it takes new messages
 * @param allowedImageDomains the domains the client may load images from in it
 * @param metadata what the application keeps with it
 */
@Widget
public record ThreadMetadata(
    @JsonProperty(value = "id", required = true) String id,
    String title,
    @JsonProperty(value = "created_at", required = true) Instant createdAt,
    ThreadStatus status,
    @JsonProperty("allowed_image_domains") List<String> allowedImageDomains,
    Map<String, JsonNode> metadata) {

  public ThreadMetadata {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(createdAt, "createdAt");
    status = status == null ? ThreadStatus.ACTIVE : status;
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  /** A new active thread with no title. */
  public static ThreadMetadata of(String id, Instant createdAt) {
    return new ThreadMetadata(id, null, createdAt, ThreadStatus.ACTIVE, null, Map.of());
  }

  /** The same thread titled {@code title}. */
  public ThreadMetadata withTitle(String title) {
    return new ThreadMetadata(id, title, createdAt, status, allowedImageDomains, metadata);
  }

  /** The same thread with another status. */
  public ThreadMetadata withStatus(ThreadStatus status) {
    return new ThreadMetadata(id, title, createdAt, status, allowedImageDomains, metadata);
  }

  /** The same thread keeping {@code metadata}. */
  public ThreadMetadata withMetadata(Map<String, JsonNode> metadata) {
    return new ThreadMetadata(id, title, createdAt, status, allowedImageDomains, metadata);
  }
}
