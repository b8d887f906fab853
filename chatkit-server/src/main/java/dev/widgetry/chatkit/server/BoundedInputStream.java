package dev.widgetry.chatkit.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An upload's bytes, failing once there are more than the server takes. */
final class BoundedInputStream extends FilterInputStream {
  private final long limit;
  private long read;

  BoundedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) throws IOException {
    read += n;
    if (read > limit) {
      throw new IOException("The upload has more than " + limit + " bytes, the most this server takes");
    }
  }
}
