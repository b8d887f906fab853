package dev.widgetry.chatkit.server;

import java.io.IOException;

/**
 * The client left while an answer was streaming. {@link ThreadStream}'s methods throw it so the
 * responder stops; the server catches it and keeps what was already done.
 */
public final class StreamCancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StreamCancelledException(IOException cause) {
    super("The client left; the answer was cancelled", cause);
  }

  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
