package dev.widgetry.runtime.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body into memory without ever holding more than the limit plus one byte. */
final class RequestBody {
  private RequestBody() {}

  /** The length the client declared in {@code Content-Length}, or -1 when it declared none (a chunked body). */
  static long declaredLength(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Content-Length");
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      // The JDK's server refuses such a request itself; should one get through, the read below is bounded anyway.
      return -1;
    }
  }

  /**
   * The whole body, or null when it is longer than {@code limit}. Reads at most {@code limit + 1}
   * bytes: the one byte past the limit proves the body too long, and the rest is never read.
   */
  static byte[] readAtMost(InputStream in, int limit) throws IOException {
    byte[] body = in.readNBytes(limit < Integer.MAX_VALUE ? limit + 1 : limit);
    return body.length > limit ? null : body;
  }
}
