package dev.widgetry.benchmarks.avaje;

import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.ThemeColor;
import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonReader;
import io.avaje.json.JsonWriter;
import io.avaje.jsonb.CustomAdapter;
import io.avaje.json.PropertyNames;
import io.avaje.jsonb.Jsonb;

/** A color is written as a plain string or a {light, dark} pair. */
@CustomAdapter
public final class ColorAdapter implements JsonAdapter<Color> {
  private final PropertyNames names;

  public ColorAdapter(Jsonb jsonb) {
    names = jsonb.properties("light", "dark");
  }

  @Override
  public void toJson(JsonWriter writer, Color value) {
    if (value instanceof Color.Plain) {
      writer.value(((Color.Plain) value).value());
    } else {
      ThemeColor theme = (ThemeColor) value;
      writer.beginObject(names);
      writer.name(0);
      writer.value(theme.light());
      writer.name(1);
      writer.value(theme.dark());
      writer.endObject();
    }
  }

  @Override
  public Color fromJson(JsonReader reader) {
    throw WriteOnly.refused();
  }
}
