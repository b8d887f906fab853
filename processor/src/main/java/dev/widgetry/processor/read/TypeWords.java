package dev.widgetry.processor.read;

import dev.widgetry.processor.model.JsonType;

/** Short English names for JSON types, for diagnostics. */
final class TypeWords {
  private TypeWords() {}

  static String describe(JsonType type) {
    if (type instanceof JsonType.Scalar) {
      JsonType.Scalar scalar = (JsonType.Scalar) type;
      return scalar.scalar().jsonKind() == dev.widgetry.processor.model.JsonKind.ANY
          ? "JsonNode"
          : scalar.scalar().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
    if (type instanceof JsonType.EnumType) {
      return "enum " + ((JsonType.EnumType) type).name().nestedName();
    }
    if (type instanceof JsonType.Sequence) {
      return "a " + ((JsonType.Sequence) type).sequence().name().toLowerCase(java.util.Locale.ROOT);
    }
    if (type instanceof JsonType.MapOf) {
      return "a map";
    }
    if (type instanceof JsonType.OptionalOf) {
      return "an optional";
    }
    return ((JsonType.WidgetRef) type).name().nestedName();
  }
}
