package dev.widgetry.chatkit.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload's bytes as the client sends them, failing once there are more than the server takes.
 * Either failure is an {@link UploadException}, so a route can tell the client's failures from the
 * store's.
 */
final class BoundedInputStream extends FilterInputStream {
  private final long limit;
  private long read;

  BoundedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = fromClient(() -> super.read());
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = fromClient(() -> super.read(buffer, offset, length));
    if (n > 0) {
      count(n);
    }
    return n;
  }

  /** One read from the client; its failure becomes an {@link UploadException}. */
  private static int fromClient(Read read) throws UploadException {
    try {
      return read.run();
    } catch (UploadException e) {
      throw e;
    } catch (IOException e) {
      throw new UploadException(UploadException.Reason.UNREADABLE,
          "The upload could not be read to its end: " + e.getMessage(), e);
    }
  }

  private void count(int n) throws UploadException {
    read += n;
    if (read > limit) {
      throw new UploadException(UploadException.Reason.TOO_LARGE,
          "The upload has more than " + limit + " bytes, the most this server takes", null);
    }
  }

  private interface Read {
    int run() throws IOException;
  }
}
