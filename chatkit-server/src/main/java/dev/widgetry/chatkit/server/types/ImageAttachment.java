package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.annotations.Widget;
import java.util.Map;
import java.util.Objects;

/**
 * An attached image, which the client shows from its preview address.
 *
 * @param id the attachment's id
 * @param name the file's name
 * @param mimeType its media type
 * @param uploadDescriptor where the client uploads the bytes
 * @param threadId the thread it was sent in
 * @param metadata what the application keeps with it
 * @param previewUrl where the client loads the image to show it
 */
@Widget("image")
public record ImageAttachment(
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty(value = "mime_type", required = true) String mimeType,
    @JsonProperty("upload_descriptor") UploadDescriptor uploadDescriptor,
    @JsonProperty("thread_id") String threadId,
    Map<String, JsonNode> metadata,
    @JsonProperty(value = "preview_url", required = true) String previewUrl)
    implements Attachment {

  public ImageAttachment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mimeType, "mimeType");
    Objects.requireNonNull(previewUrl, "previewUrl");
  }

  @Override
  public ImageAttachment inThread(String threadId) {
    return new ImageAttachment(id, name, mimeType, uploadDescriptor, threadId, metadata, previewUrl);
  }
}
