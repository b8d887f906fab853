package dev.widgetry.benchmarks.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.ThemeColor;
import java.io.IOException;

/** A color is a plain string or a {light, dark} pair. */
final class ColorDeserializer extends StdDeserializer<Color> {
  private static final long serialVersionUID = 1L;

  ColorDeserializer() {
    super(Color.class);
  }

  @Override
  public Color deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    switch (parser.currentToken()) {
      case VALUE_STRING:
        return Color.of(parser.getText());
      case START_OBJECT:
        return context.readValue(parser, ThemeColor.class);
      default:
        return (Color) context.handleUnexpectedToken(Color.class, parser);
    }
  }
}
