package dev.widgetry.runtime.http;

import com.sun.net.httpserver.HttpExchange;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The id a failed request is logged under and answered with, in {@code X-Request-Id}, so that a
 * client's report leads to the log line: the request's own {@code X-Request-Id} (a proxy's, say)
 * when it is plain and short, else a fresh random one.
 */
final class RequestIds {
  static final String HEADER = "X-Request-Id";
  /** What is safe to copy into a log line and a header as it is. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private RequestIds() {}

  static String of(HttpExchange exchange) {
    String given = exchange.getRequestHeaders().getFirst(HEADER);
    if (given != null && PLAIN.matcher(given).matches()) {
      return given;
    }
    return String.format("%016x", ThreadLocalRandom.current().nextLong());
  }
}
