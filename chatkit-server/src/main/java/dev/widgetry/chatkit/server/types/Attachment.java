package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.annotations.Widget;
import java.util.Map;

/** A file the user attached to a message: its metadata (the bytes live in an attachment store). */
@Widget
public sealed interface Attachment permits FileAttachment, ImageAttachment {

  String id();

  /** The file's name, as the user's machine named it. */
  String name();

  /** Its media type, such as {@code image/png}. */
  String mimeType();

  /** Where and how the client uploads the bytes, for a two-phase upload. */
  UploadDescriptor uploadDescriptor();

  /** The thread the attachment was sent in, once it has been. */
  String threadId();

  /** What the application keeps with it. */
  Map<String, JsonNode> metadata();

  /** A copy that belongs to {@code threadId}. */
  Attachment inThread(String threadId);
}
