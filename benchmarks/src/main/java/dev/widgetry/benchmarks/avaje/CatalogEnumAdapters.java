package dev.widgetry.benchmarks.avaje;

import dev.widgetry.chatkit.Card;
import io.avaje.json.JsonAdapter;
import io.avaje.jsonb.AdapterFactory;
import io.avaje.jsonb.Jsonb;
import java.lang.reflect.Type;

/** Gives every enum of the catalog an adapter that writes its {@code @JsonProperty} names. */
final class CatalogEnumAdapters implements AdapterFactory {
  private static final String CATALOG = Card.class.getPackageName();

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"}) // an enum class, checked just above
  public JsonAdapter<?> create(Type type, Jsonb jsonb) {
    if (type instanceof Class && ((Class<?>) type).isEnum() && ((Class<?>) type).getPackageName().equals(CATALOG)) {
      return new JsonNameEnumAdapter((Class) type).nullSafe();
    }
    return null;
  }
}
