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
 * caller's own Jackson code is producing. Names and enum constants go out pre-encoded.
 */
public final class GeneratorWriter implements WidgetWriter {
  private final JsonGenerator generator;

  public GeneratorWriter(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void beginObject() {
    try {
      generator.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endObject() {
    try {
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void beginArray() {
    try {
      generator.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endArray() {
    try {
      generator.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void name(EncodedString name) {
    try {
      generator.writeFieldName(name.serialized());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void name(String name) {
    try {
      generator.writeFieldName(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void value(EncodedString value) {
    try {
      generator.writeString(value.serialized());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void value(String value) {
    try {
      generator.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void value(boolean value) {
    try {
      generator.writeBoolean(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void value(int value) {
    try {
      generator.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void value(long value) {
    try {
      generator.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void value(double value) {
    try {
      if (Numbers.isSmallIntegral(value)) {
        generator.writeNumber((long) value);
      } else {
        generator.writeNumber(Numbers.finiteText(value));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void value(float value) {
    try {
      if (Numbers.isSmallIntegral(value)) {
        generator.writeNumber((long) value);
      } else {
        generator.writeNumber(Numbers.finiteText(value));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void value(BigInteger value) {
    try {
      generator.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void value(BigDecimal value) {
    try {
      generator.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void numberText(String text) {
    try {
      generator.writeNumber(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void nullValue() {
    try {
      generator.writeNull();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
