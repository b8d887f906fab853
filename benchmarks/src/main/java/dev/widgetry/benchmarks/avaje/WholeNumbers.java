package dev.widgetry.benchmarks.avaje;

import io.avaje.json.JsonWriter;

/** Writes a double with no fraction as an integer ({@code 4}, not {@code 4.0}), as Widgetry does. */
final class WholeNumbers {
  private static final double MAX_SAFE_INTEGER = 9007199254740992d;

  private WholeNumbers() {}

  static void write(JsonWriter writer, double value) {
    if (value == Math.rint(value) && Math.abs(value) <= MAX_SAFE_INTEGER
        && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0d)) {
      writer.value((long) value);
    } else {
      writer.value(value);
    }
  }
}
