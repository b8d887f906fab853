package dev.widgetry.benchmarks.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a double with no fraction as an integer ({@code 4}, not {@code 4.0}), as JavaScript and
 * Widgetry do; other doubles as Jackson always does.
 */
final class WholeNumberDoubleSerializer extends StdSerializer<Double> {
  private static final long serialVersionUID = 1L;
  private static final double MAX_SAFE_INTEGER = 9007199254740992d;

  WholeNumberDoubleSerializer() {
    super(Double.class);
  }

  @Override
  public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    double v = value;
    if (v == Math.rint(v) && Math.abs(v) <= MAX_SAFE_INTEGER && Double.doubleToRawLongBits(v) != Double.doubleToRawLongBits(-0d)) {
      generator.writeNumber((long) v);
    } else {
      generator.writeNumber(v);
    }
  }
}
