package dev.widgetry.runtime.http;

import com.sun.net.httpserver.HttpExchange;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The id a failed request is logged under and answered with, in {@code X-Request-Id}, so that a
 * client's report leads to the log line: the request's own {@code X-Request-Id} (a proxy's, say)
 * when it is plain and short, else a fresh random one. {@link ActionEndpoint} follows this rule; an
 * endpoint on another server follows it through {@link #of(String)}.
 */
public final class RequestIds {
  /** The header that carries the id, both ways. */
  public static final String HEADER = "X-Request-Id";
  /** What is safe to copy into a log line and a header as it is. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private RequestIds() {}

  /**
   * The id of a request that carried {@code given} in its {@code X-Request-Id} (null when none):
   * {@code given} when it is 1 to 64 letters, digits and {@code . _ : -}, else 16 random hex digits.
   */
  public static String of(String given) {
    if (given != null && PLAIN.matcher(given).matches()) {
      return given;
    }
    return String.format("%016x", ThreadLocalRandom.current().nextLong());
  }

  static String of(HttpExchange exchange) {
    return of(exchange.getRequestHeaders().getFirst(HEADER));
  }
}
