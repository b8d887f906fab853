package dev.widgetry.benchmarks.avaje;

import dev.widgetry.chatkit.Dimension;
import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonReader;
import io.avaje.json.JsonWriter;
import io.avaje.jsonb.CustomAdapter;

/** A dimension is written as its number or its CSS length. */
@CustomAdapter
public final class DimensionAdapter implements JsonAdapter<Dimension> {

  @Override
  public void toJson(JsonWriter writer, Dimension value) {
    if (value instanceof Dimension.Numeric) {
      WholeNumbers.write(writer, ((Dimension.Numeric) value).value());
    } else {
      writer.value(((Dimension.Css) value).value());
    }
  }

  @Override
  public Dimension fromJson(JsonReader reader) {
    throw WriteOnly.refused();
  }
}
