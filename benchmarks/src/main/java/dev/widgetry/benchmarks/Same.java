package dev.widgetry.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/** The checks a benchmark's set-up makes before it measures: every contender does the same work. */
public final class Same {
  private Same() {}

  /** Fails unless {@code actual} is {@code expected} to the byte, naming the first difference. */
  public static void bytes(String who, byte[] expected, byte[] actual) {
    int at = Arrays.mismatch(expected, actual);
    if (at >= 0) {
      throw new IllegalStateException(who + " writes other bytes than Widgetry, from offset " + at + ":\n  Widgetry: "
          + excerpt(expected, at) + "\n  " + who + ": " + excerpt(actual, at));
    }
  }

  /** Fails unless {@code actual} equals {@code expected}. */
  public static void value(String who, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      throw new IllegalStateException(who + " gives " + actual + ", not " + expected);
    }
  }

  private static String excerpt(byte[] json, int at) {
    int from = Math.max(0, at - 40);
    return new String(json, from, Math.min(json.length, at + 40) - from, StandardCharsets.UTF_8);
  }
}
