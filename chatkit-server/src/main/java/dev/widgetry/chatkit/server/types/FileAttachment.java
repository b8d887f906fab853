package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.annotations.Widget;
import java.util.Map;
import java.util.Objects;

/**
 * An attached file that is not shown as an image.
 *
 * @param id the attachment's id
 * @param name the file's name
 * @param mimeType its media type
 * @param uploadDescriptor where the client uploads the bytes
 * @param threadId the thread it was sent in
 * @param metadata what the application keeps with it
 */
@Widget("file")
public record FileAttachment(
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty(value = "mime_type", required = true) String mimeType,
    @JsonProperty("upload_descriptor") UploadDescriptor uploadDescriptor,
    @JsonProperty("thread_id") String threadId,
    Map<String, JsonNode> metadata)
    implements Attachment {

  public FileAttachment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mimeType, "mimeType");
  }

  @Override
  public FileAttachment inThread(String threadId) {
    return new FileAttachment(id, name, mimeType, uploadDescriptor, threadId, metadata);
  }
}
