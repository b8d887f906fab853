package dev.widgetry.benchmarks.avaje;

import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.Spacing;
import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonReader;
import io.avaje.json.JsonWriter;
import io.avaje.jsonb.CustomAdapter;
import io.avaje.json.PropertyNames;
import io.avaje.jsonb.Jsonb;

/** Spacing is written as a number of units, a CSS length, or an object of edges. */
@CustomAdapter
public final class SpacingAdapter implements JsonAdapter<Spacing> {
  private final DimensionAdapter dimensions = new DimensionAdapter();
  private final PropertyNames names;

  public SpacingAdapter(Jsonb jsonb) {
    names = jsonb.properties("top", "right", "bottom", "left", "x", "y");
  }

  @Override
  public void toJson(JsonWriter writer, Spacing value) {
    if (value instanceof Spacing.Units) {
      WholeNumbers.write(writer, ((Spacing.Units) value).value());
    } else if (value instanceof Spacing.Css) {
      writer.value(((Spacing.Css) value).value());
    } else {
      writeEdges(writer, (Spacing.Edges) value);
    }
  }

  void writeEdges(JsonWriter writer, Spacing.Edges edges) {
    writer.beginObject(names);
    edge(writer, 0, edges.top());
    edge(writer, 1, edges.right());
    edge(writer, 2, edges.bottom());
    edge(writer, 3, edges.left());
    edge(writer, 4, edges.x());
    edge(writer, 5, edges.y());
    writer.endObject();
  }

  private void edge(JsonWriter writer, int name, Dimension value) {
    if (value != null) {
      writer.name(name);
      dimensions.toJson(writer, value);
    }
  }

  @Override
  public Spacing fromJson(JsonReader reader) {
    throw WriteOnly.refused();
  }
}
