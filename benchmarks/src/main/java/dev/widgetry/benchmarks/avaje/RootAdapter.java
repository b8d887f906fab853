package dev.widgetry.benchmarks.avaje;

import dev.widgetry.benchmarks.avaje.model.Card;
import dev.widgetry.benchmarks.avaje.model.ListView;
import dev.widgetry.benchmarks.avaje.model.Root;
import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonReader;
import io.avaje.json.JsonWriter;
import io.avaje.jsonb.CustomAdapter;
import io.avaje.jsonb.Jsonb;

/** Writes a whole widget with its record's generated adapter. */
@CustomAdapter
public final class RootAdapter implements JsonAdapter<Root> {
  private final JsonAdapter<Card> card;
  private final JsonAdapter<ListView> listView;

  public RootAdapter(Jsonb jsonb) {
    card = jsonb.adapter(Card.class);
    listView = jsonb.adapter(ListView.class);
  }

  @Override
  public void toJson(JsonWriter writer, Root value) {
    if (value instanceof Card) {
      card.toJson(writer, (Card) value);
    } else {
      listView.toJson(writer, (ListView) value);
    }
  }

  @Override
  public Root fromJson(JsonReader reader) {
    throw WriteOnly.refused();
  }
}
