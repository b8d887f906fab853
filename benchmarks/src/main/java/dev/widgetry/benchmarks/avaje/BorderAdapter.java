package dev.widgetry.benchmarks.avaje;

import dev.widgetry.chatkit.Border;
import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonReader;
import io.avaje.json.JsonWriter;
import io.avaje.jsonb.CustomAdapter;

/**
 * avaje needs an adapter for every prop's type; the benchmark's widgets set no {@code Border}, so
 * the writes never reach this one.
 */
@CustomAdapter
public final class BorderAdapter implements JsonAdapter<Border> {

  @Override
  public void toJson(JsonWriter writer, Border value) {
    throw new UnsupportedOperationException("The benchmark's widgets hold no Border");
  }

  @Override
  public Border fromJson(JsonReader reader) {
    throw WriteOnly.refused();
  }
}
