package dev.widgetry.benchmarks.avaje;

import dev.widgetry.benchmarks.trees.EnumJsonNames;
import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonReader;
import io.avaje.json.JsonWriter;

/** Writes a catalog enum constant by the JSON name its {@code @JsonProperty} gives, looked up once. */
final class JsonNameEnumAdapter<E extends Enum<E>> implements JsonAdapter<E> {
  private final String[] names;

  JsonNameEnumAdapter(Class<E> type) {
    names = EnumJsonNames.of(type);
  }

  @Override
  public void toJson(JsonWriter writer, E value) {
    writer.value(names[value.ordinal()]);
  }

  @Override
  public E fromJson(JsonReader reader) {
    throw WriteOnly.refused();
  }
}
