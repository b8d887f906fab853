package dev.widgetry.benchmarks.avaje;

import dev.widgetry.chatkit.Editable;
import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonReader;
import io.avaje.json.JsonWriter;
import io.avaje.jsonb.CustomAdapter;

/**
 * avaje needs an adapter for every prop's type; the benchmark's widgets set no {@code Editable}, so
 * the writes never reach this one.
 */
@CustomAdapter
public final class EditableAdapter implements JsonAdapter<Editable> {

  @Override
  public void toJson(JsonWriter writer, Editable value) {
    throw new UnsupportedOperationException("The benchmark's widgets hold no Editable");
  }

  @Override
  public Editable fromJson(JsonReader reader) {
    throw WriteOnly.refused();
  }
}
