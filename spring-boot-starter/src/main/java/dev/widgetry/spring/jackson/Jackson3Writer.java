package dev.widgetry.spring.jackson;

import dev.widgetry.runtime.spi.EncodedString;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.JsonGenerator;

/**
 * Drives a Jackson 3 {@link JsonGenerator} from generated writer calls, as the runtime's writer for
 * Jackson 2 does. Doubles and floats go through the seam's own rules (a whole number without a
 * fraction), so a widget reads the same from either.
 */
final class Jackson3Writer implements WidgetWriter {
  private final JsonGenerator generator;

  Jackson3Writer(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void beginObject() {
    generator.writeStartObject();
  }

  @Override
  public void endObject() {
    generator.writeEndObject();
  }

  @Override
  public void beginArray() {
    generator.writeStartArray();
  }

  @Override
  public void endArray() {
    generator.writeEndArray();
  }

  @Override
  public void name(EncodedString name) {
    generator.writeName(name.value());
  }

  @Override
  public void name(String name) {
    generator.writeName(name);
  }

  @Override
  public void value(EncodedString value) {
    generator.writeString(value.value());
  }

  @Override
  public void value(String value) {
    generator.writeString(value);
  }

  @Override
  public void value(boolean value) {
    generator.writeBoolean(value);
  }

  @Override
  public void value(int value) {
    generator.writeNumber(value);
  }

  @Override
  public void value(long value) {
    generator.writeNumber(value);
  }

  @Override
  public void value(BigInteger value) {
    generator.writeNumber(value);
  }

  @Override
  public void value(BigDecimal value) {
    generator.writeNumber(value);
  }

  @Override
  public void numberText(String text) {
    generator.writeNumber(text);
  }

  @Override
  public void nullValue() {
    generator.writeNull();
  }
}

