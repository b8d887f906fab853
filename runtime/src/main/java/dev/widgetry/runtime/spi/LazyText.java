package dev.widgetry.runtime.spi;

import java.util.function.Supplier;

/**
 * A text read once, on first use, then kept: a generated codec's schemas and tool definition, which
 * most applications never ask for. Racing threads may both read it; they read the same text.
 */
final class LazyText {
  private final Supplier<String> source;
  private volatile String text;

  LazyText(Supplier<String> source) {
    this.source = source;
  }

  String get() {
    String value = text;
    if (value == null) {
      value = source.get();
      text = value;
    }
    return value;
  }
}
