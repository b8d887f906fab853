package dev.widgetry.chatkit.server;

import java.io.IOException;

/**
 * An upload of an attachment's bytes that failed on the client's side: it sent more than the
 * server takes, or its bytes could not be read to their end (it left, or broke HTTP's framing). An
 * upload route answers the first {@code 413} and the second {@code 400}; any other failure of an
 * upload is the store's.
 */
public final class UploadException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why the upload failed. */
  public enum Reason {
    /** More bytes than {@link ChatKitServer#maxAttachmentBytes()}. */
    TOO_LARGE,
    /** The client's bytes could not be read to their end. */
    UNREADABLE
  }

  private final Reason reason;

  UploadException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
