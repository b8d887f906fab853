package dev.widgetry.runtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.widgetry.runtime.spi.EncodedString;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Drives a Jackson {@link JsonGenerator}: the interop path, for writing a widget into JSON that a
 * caller's own Jackson code is producing. Names and enum constants go out pre-encoded. The
 * generator's {@link IOException}s travel as {@link UncheckedIOException}s, which {@code
 * GeneratedCodec.write(value, generator)} unwraps for its caller.
 */
public final class GeneratorWriter implements WidgetWriter {
  private final JsonGenerator generator;

  public GeneratorWriter(JsonGenerator generator) {
    this.generator = generator;
  }

  /** One call on the generator. */
  @FunctionalInterface
  private interface Step {
    void on(JsonGenerator generator) throws IOException;
  }

  private void write(Step step) {
    try {
      step.on(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void beginObject() {
    write(JsonGenerator::writeStartObject);
  }

  @Override
  public void endObject() {
    write(JsonGenerator::writeEndObject);
  }

  @Override
  public void beginArray() {
    write(JsonGenerator::writeStartArray);
  }

  @Override
  public void endArray() {
    write(JsonGenerator::writeEndArray);
  }

  @Override
  public void name(EncodedString name) {
    write(out -> out.writeFieldName(name.serialized()));
  }

  @Override
  public void name(String name) {
    write(out -> out.writeFieldName(name));
  }

  @Override
  public void value(EncodedString value) {
    write(out -> out.writeString(value.serialized()));
  }

  @Override
  public void value(String value) {
    write(out -> out.writeString(value));
  }

  @Override
  public void value(boolean value) {
    write(out -> out.writeBoolean(value));
  }

  @Override
  public void value(int value) {
    write(out -> out.writeNumber(value));
  }

  @Override
  public void value(long value) {
    write(out -> out.writeNumber(value));
  }

  @Override
  public void value(double value) {
    if (Numbers.isSmallIntegral(value)) {
      value((long) value);
    } else {
      numberText(Numbers.finiteText(value));
    }
  }

  @Override
  public void value(float value) {
    if (Numbers.isSmallIntegral(value)) {
      value((long) value);
    } else {
      numberText(Numbers.finiteText(value));
    }
  }

  @Override
  public void value(BigInteger value) {
    write(out -> out.writeNumber(value));
  }

  @Override
  public void value(BigDecimal value) {
    write(out -> out.writeNumber(value));
  }

  @Override
  public void numberText(String text) {
    write(out -> out.writeNumber(text));
  }

  @Override
  public void nullValue() {
    write(JsonGenerator::writeNull);
  }
}
