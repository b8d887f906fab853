package dev.widgetry.benchmarks.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.widgetry.chatkit.Spacing;
import java.io.IOException;

/** Spacing is a number of units, a CSS length, or an object of edges. */
final class SpacingDeserializer extends StdDeserializer<Spacing> {
  private static final long serialVersionUID = 1L;

  SpacingDeserializer() {
    super(Spacing.class);
  }

  @Override
  public Spacing deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    switch (parser.currentToken()) {
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Spacing.of(parser.getDoubleValue());
      case VALUE_STRING:
        return Spacing.css(parser.getText());
      case START_OBJECT:
        return context.readValue(parser, Spacing.Edges.class);
      default:
        return (Spacing) context.handleUnexpectedToken(Spacing.class, parser);
    }
  }
}
