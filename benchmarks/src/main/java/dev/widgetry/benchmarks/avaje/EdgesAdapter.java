package dev.widgetry.benchmarks.avaje;

import dev.widgetry.chatkit.Spacing;
import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonReader;
import io.avaje.json.JsonWriter;
import io.avaje.jsonb.CustomAdapter;
import io.avaje.jsonb.Jsonb;

/** A prop typed as edges alone (a table cell's padding) is written as the edges object. */
@CustomAdapter
public final class EdgesAdapter implements JsonAdapter<Spacing.Edges> {
  private final SpacingAdapter spacing;

  public EdgesAdapter(Jsonb jsonb) {
    this.spacing = new SpacingAdapter(jsonb);
  }

  @Override
  public void toJson(JsonWriter writer, Spacing.Edges value) {
    spacing.writeEdges(writer, value);
  }

  @Override
  public Spacing.Edges fromJson(JsonReader reader) {
    throw WriteOnly.refused();
  }
}
