package dev.widgetry.tests.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A server filter that counts the request body bytes the endpoint reads. What the JDK's server
 * reads and discards after the exchange ends goes past this count, so it measures the endpoint alone.
 */
final class BodyCounter extends Filter {
  private final AtomicLong read = new AtomicLong();

  /** The bytes read since the last call. */
  long takeCount() {
    return read.getAndSet(0);
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    exchange.setStreams(new CountingStream(exchange.getRequestBody()), null);
    chain.doFilter(exchange);
  }

  @Override
  public String description() {
    return "counts the request body bytes the handler reads";
  }

  private final class CountingStream extends FilterInputStream {
    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        read.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        read.addAndGet(n);
      }
      return n;
    }
  }
}
