package dev.widgetry.benchmarks.avaje;

import dev.widgetry.chatkit.Limit;
import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonReader;
import io.avaje.json.JsonWriter;
import io.avaje.jsonb.CustomAdapter;

/**
 * avaje needs an adapter for every prop's type; the benchmark's widgets set no {@code Limit}, so
 * the writes never reach this one.
 */
@CustomAdapter
public final class LimitAdapter implements JsonAdapter<Limit> {

  @Override
  public void toJson(JsonWriter writer, Limit value) {
    throw new UnsupportedOperationException("The benchmark's widgets hold no Limit");
  }

  @Override
  public Limit fromJson(JsonReader reader) {
    throw WriteOnly.refused();
  }
}
