package dev.widgetry.spring;

import org.springframework.util.unit.DataSize;

/** Checks a body-size property at start-up: a request body is read into one array, so it fits in one. */
final class BodyLimits {
  private BodyLimits() {}

  /** {@code size} in bytes, which must be more than 0 and at most 2GB. */
  static int bytes(String property, DataSize size) {
    long bytes = size.toBytes();
    if (bytes <= 0 || bytes > Integer.MAX_VALUE) {
      throw new IllegalStateException(property + " must be more than 0 bytes and at most 2GB, was " + size);
    }
    return (int) bytes;
  }
}
