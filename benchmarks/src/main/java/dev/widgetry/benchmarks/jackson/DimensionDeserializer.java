package dev.widgetry.benchmarks.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.widgetry.chatkit.Dimension;
import java.io.IOException;

/** A dimension is a number or a CSS length: Jackson tells them apart by token, as Widgetry does. */
final class DimensionDeserializer extends StdDeserializer<Dimension> {
  private static final long serialVersionUID = 1L;

  DimensionDeserializer() {
    super(Dimension.class);
  }

  @Override
  public Dimension deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    switch (parser.currentToken()) {
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Dimension.of(parser.getDoubleValue());
      case VALUE_STRING:
        return Dimension.css(parser.getText());
      default:
        return (Dimension) context.handleUnexpectedToken(Dimension.class, parser);
    }
  }
}
