package dev.widgetry.chatkit.server.store;

import dev.widgetry.chatkit.server.types.Attachment;
import dev.widgetry.runtime.ActionContext;
import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachments' bytes go: a folder ({@link LocalAttachmentStore}), or object storage that the
 * client uploads to directly. The metadata goes to the {@link ThreadStore}.
 *
 * <p>An upload has two phases, as ChatKit's client does it: {@code attachments.create} gets the
 * attachment's metadata from {@link #create}, with an upload descriptor saying where to send the
 * bytes; the client then sends them there.
 */
public interface AttachmentStore {

  /**
   * The metadata of a new attachment, with where the client uploads its bytes.
   *
   * @param attachmentId the id the server gave it
   * @param name the file's name
   * @param size its size in bytes, as the client declares it
   * @param mimeType its media type
   */
  Attachment create(String attachmentId, String name, long size, String mimeType, ActionContext context);

  /**
   * Keeps an attachment's bytes, replacing any kept before.
   *
   * @throws IOException when they cannot be kept (the stream fails when it has more than the server takes)
   */
  void write(Attachment attachment, InputStream bytes, ActionContext context) throws IOException;

  /**
   * An attachment's bytes; the caller closes the stream.
   *
   * @throws NotFoundException when none were uploaded
   */
  InputStream read(String attachmentId, ActionContext context) throws IOException;

  /** Deletes an attachment's bytes; nothing when there are none. */
  void delete(String attachmentId, ActionContext context) throws IOException;
}
