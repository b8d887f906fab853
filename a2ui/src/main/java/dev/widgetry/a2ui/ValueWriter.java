package dev.widgetry.a2ui;

import dev.widgetry.runtime.spi.WidgetWriter;

/**
 * Writes a value of a data model through the writer seam generated codecs use: how a typed path
 * hands {@code updateDataModel} the serializer Widgetry generated for what it addresses.
 *
 * @param <T> the value's Java type
 */
@FunctionalInterface
public interface ValueWriter<T> {

  /** Writes {@code value}, which is not null. */
  void write(WidgetWriter out, T value);
}
