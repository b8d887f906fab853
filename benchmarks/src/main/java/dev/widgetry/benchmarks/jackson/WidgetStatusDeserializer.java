package dev.widgetry.benchmarks.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.widgetry.chatkit.IconName;
import dev.widgetry.chatkit.WidgetStatus;
import java.io.IOException;

/**
 * A status is read in one pass and given the form its props name: a favicon or a frame make it a
 * {@link WidgetStatus.WithFavicon}, anything else a {@link WidgetStatus.WithIcon}.
 */
final class WidgetStatusDeserializer extends StdDeserializer<WidgetStatus> {
  private static final long serialVersionUID = 1L;

  WidgetStatusDeserializer() {
    super(WidgetStatus.class);
  }

  @Override
  public WidgetStatus deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (!parser.isExpectedStartObjectToken()) {
      return (WidgetStatus) context.handleUnexpectedToken(WidgetStatus.class, parser);
    }
    String text = null;
    IconName icon = null;
    String favicon = null;
    Boolean frame = null;
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "text":
          text = parser.getValueAsString();
          break;
        case "icon":
          icon = context.readValue(parser, IconName.class);
          break;
        case "favicon":
          favicon = parser.getValueAsString();
          break;
        case "frame":
          frame = value == JsonToken.VALUE_NULL ? null : parser.getBooleanValue();
          break;
        default:
          parser.skipChildren();
      }
    }
    if (favicon != null || frame != null) {
      return new WidgetStatus.WithFavicon(text, favicon, frame);
    }
    return new WidgetStatus.WithIcon(text, icon);
  }
}
