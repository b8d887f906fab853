package dev.widgetry.processor.template.a2ui;

import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonKind;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.WidgetModel;
import java.util.List;
import java.util.function.Function;

/**
 * The surface's data model as the bound record writes it: what a binding's JSON Pointer reaches,
 * and the kind of value there. A type this cannot see into (a {@code JsonNode}, an untagged union)
 * holds any value, and any path under it resolves.
 */
final class DataModel {
  /** What a binding may read: a JSON kind, a list, or anything. */
  enum Kind {
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("a boolean"),
    LIST("a list"),
    OBJECT("an object"),
    ANY("any value");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    String words() {
      return words;
    }
  }

  /** A place in the data model; a null type holds any value. */
  record Place(JsonType type, String describedAs) {}

  /** The outcome of resolving a pointer: the place, or the token that names nothing and what was there. */
  record Resolved(Place place, String missing, Place parent, List<String> known) {
    boolean found() {
      return missing == null;
    }
  }

  private final Function<JavaName, WidgetModel> models;

  DataModel(Function<JavaName, WidgetModel> models) {
    this.models = models;
  }

  /** The place of the whole data model: the bound record. */
  Place root(JavaName record) {
    return new Place(new JsonType.WidgetRef(record, JsonKind.OBJECT), record.simpleName());
  }

  /** What {@code pointer}'s tokens reach from {@code start}. */
  Resolved resolve(Place start, List<String> tokens) {
    Place place = start;
    for (String token : tokens) {
      JsonType type = unwrap(place.type());
      Place next;
      if (type == null) {
        next = new Place(null, "any value");
      } else if (type instanceof JsonType.Sequence sequence && isIndex(token)) {
        next = new Place(sequence.element().type(), "an item of " + place.describedAs());
      } else if (type instanceof JsonType.MapOf map) {
        next = new Place(map.value().type(), "a value of " + place.describedAs());
      } else if (record(type) != null) {
        WidgetModel.RecordWidget record = record(type);
        Property property = record.property(token);
        if (property == null) {
          return new Resolved(null, token, place, record.properties().stream().map(Property::jsonName).toList());
        }
        next = new Place(property.type().type(), record.name().simpleName() + "." + property.javaName());
      } else {
        return new Resolved(null, token, place, List.of());
      }
      place = next;
    }
    return new Resolved(place, null, null, List.of());
  }

  /** The kind of value at a place. */
  Kind kind(Place place) {
    JsonType type = unwrap(place.type());
    if (type == null) {
      return Kind.ANY;
    }
    if (type instanceof JsonType.Sequence) {
      return Kind.LIST;
    }
    if (type instanceof JsonType.WidgetRef) {
      return record(type) == null ? Kind.ANY : Kind.OBJECT;
    }
    return switch (type.kind()) {
      case STRING -> Kind.STRING;
      case NUMBER -> Kind.NUMBER;
      case BOOLEAN -> Kind.BOOLEAN;
      case OBJECT -> Kind.OBJECT;
      case ARRAY -> Kind.LIST;
      case ANY -> Kind.ANY;
    };
  }

  /** The place of a list's items; null when the place is not a list. */
  Place item(Place list) {
    JsonType type = unwrap(list.type());
    if (type == null) {
      return new Place(null, "any value");
    }
    return type instanceof JsonType.Sequence sequence
        ? new Place(sequence.element().type(), "an item of " + list.describedAs()) : null;
  }

  /**
   * The type as JSON sees it: an optional's element, a value record's value; null for a type that
   * holds any value.
   */
  private JsonType unwrap(JsonType type) {
    while (true) {
      if (type instanceof JsonType.OptionalOf optional) {
        type = optional.element().type();
      } else if (type instanceof JsonType.WidgetRef ref && models.apply(ref.name()) instanceof
          WidgetModel.RecordWidget record && record.valueRecord()) {
        type = record.properties().get(0).type().type();
      } else if (type instanceof JsonType.Scalar scalar && scalar.kind() == JsonKind.ANY) {
        return null;
      } else if (type instanceof JsonType.WidgetRef ref && !(models.apply(ref.name()) instanceof
          WidgetModel.RecordWidget)) {
        return null;
      } else {
        return type;
      }
    }
  }

  /** A record's model; null for anything else, unions included (their fields depend on the member). */
  private WidgetModel.RecordWidget record(JsonType type) {
    return type instanceof JsonType.WidgetRef ref && models.apply(ref.name()) instanceof WidgetModel.RecordWidget
        record ? record : null;
  }

  private static boolean isIndex(String token) {
    return token.equals("0") || token.matches("[1-9][0-9]*");
  }
}
