package dev.widgetry.benchmarks.avaje;

import dev.widgetry.benchmarks.avaje.model.Badge;
import dev.widgetry.benchmarks.avaje.model.Button;
import dev.widgetry.benchmarks.avaje.model.Caption;
import dev.widgetry.benchmarks.avaje.model.Col;
import dev.widgetry.benchmarks.avaje.model.Component;
import dev.widgetry.benchmarks.avaje.model.Divider;
import dev.widgetry.benchmarks.avaje.model.Image;
import dev.widgetry.benchmarks.avaje.model.Row;
import dev.widgetry.benchmarks.avaje.model.Spacer;
import dev.widgetry.benchmarks.avaje.model.Table;
import dev.widgetry.benchmarks.avaje.model.Text;
import dev.widgetry.benchmarks.avaje.model.Title;
import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonReader;
import io.avaje.json.JsonWriter;
import io.avaje.jsonb.CustomAdapter;
import io.avaje.jsonb.Jsonb;

/** Writes a component with its record's generated adapter, picked as a generated union adapter picks it. */
@CustomAdapter
public final class ComponentAdapter implements JsonAdapter<Component> {
  private final JsonAdapter<Text> text;
  private final JsonAdapter<Title> title;
  private final JsonAdapter<Caption> caption;
  private final JsonAdapter<Badge> badge;
  private final JsonAdapter<Row> row;
  private final JsonAdapter<Col> col;
  private final JsonAdapter<Divider> divider;
  private final JsonAdapter<Image> image;
  private final JsonAdapter<Button> button;
  private final JsonAdapter<Spacer> spacer;
  private final JsonAdapter<Table> table;

  public ComponentAdapter(Jsonb jsonb) {
    text = jsonb.adapter(Text.class);
    title = jsonb.adapter(Title.class);
    caption = jsonb.adapter(Caption.class);
    badge = jsonb.adapter(Badge.class);
    row = jsonb.adapter(Row.class);
    col = jsonb.adapter(Col.class);
    divider = jsonb.adapter(Divider.class);
    image = jsonb.adapter(Image.class);
    button = jsonb.adapter(Button.class);
    spacer = jsonb.adapter(Spacer.class);
    table = jsonb.adapter(Table.class);
  }

  @Override
  public void toJson(JsonWriter writer, Component value) {
    if (value instanceof Text) {
      text.toJson(writer, (Text) value);
    } else if (value instanceof Title) {
      title.toJson(writer, (Title) value);
    } else if (value instanceof Caption) {
      caption.toJson(writer, (Caption) value);
    } else if (value instanceof Badge) {
      badge.toJson(writer, (Badge) value);
    } else if (value instanceof Row) {
      row.toJson(writer, (Row) value);
    } else if (value instanceof Col) {
      col.toJson(writer, (Col) value);
    } else if (value instanceof Divider) {
      divider.toJson(writer, (Divider) value);
    } else if (value instanceof Image) {
      image.toJson(writer, (Image) value);
    } else if (value instanceof Button) {
      button.toJson(writer, (Button) value);
    } else if (value instanceof Spacer) {
      spacer.toJson(writer, (Spacer) value);
    } else {
      table.toJson(writer, (Table) value);
    }
  }

  @Override
  public Component fromJson(JsonReader reader) {
    throw WriteOnly.refused();
  }
}
