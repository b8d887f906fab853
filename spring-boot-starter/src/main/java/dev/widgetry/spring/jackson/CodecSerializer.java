package dev.widgetry.spring.jackson;

import dev.widgetry.runtime.WidgetCodec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes one widget type into a Jackson 3 generator through its generated code. */
final class CodecSerializer<T> extends StdSerializer<T> {
  private final WidgetCodec<T> codec;

  CodecSerializer(WidgetCodec<T> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    codec.write(new Jackson3Writer(generator), value);
  }
}
