package dev.widgetry.processor.write;

import dev.widgetry.processor.model.JsonKind;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.ScalarKind;
import dev.widgetry.processor.model.TypeUse;

/**
 * What a value of a JSON type looks like, in words, for parse problems: "a string", "an array of
 * Tag objects". Generated code passes these to the reader as constants.
 */
final class ExpectedText {
  private ExpectedText() {}

  static String of(TypeUse use) {
    return of(use.type());
  }

  static String of(JsonType type) {
    if (type instanceof JsonType.Scalar) {
      switch (((JsonType.Scalar) type).scalar()) {
        case STRING:
          return "a string";
        case CHAR:
          return "a one-character string";
        case BOOLEAN:
          return "true or false";
        case BYTE:
        case SHORT:
        case INT:
        case LONG:
        case BIG_INTEGER:
          return "an integer";
        case LOCAL_DATE:
          return "an ISO-8601 date";
        case LOCAL_DATE_TIME:
          return "an ISO-8601 local date-time";
        case OFFSET_DATE_TIME:
        case INSTANT:
          return "an ISO-8601 date-time";
        case JSON_NODE:
          return "a JSON value";
        default:
          return "a number";
      }
    }
    if (type instanceof JsonType.EnumType) {
      return "one of the " + ((JsonType.EnumType) type).name().simpleName() + " names";
    }
    if (type instanceof JsonType.WidgetRef) {
      JsonType.WidgetRef ref = (JsonType.WidgetRef) type;
      String name = ref.name().simpleName();
      return Articles.withArticle(name + (ref.kind() == JsonKind.OBJECT ? " object" : " value"));
    }
    if (type instanceof JsonType.Sequence) {
      return "an array of " + plural(((JsonType.Sequence) type).element().type());
    }
    if (type instanceof JsonType.MapOf) {
      return "an object of " + plural(((JsonType.MapOf) type).value().type());
    }
    return of(((JsonType.OptionalOf) type).element());
  }

  private static String plural(JsonType type) {
    if (type instanceof JsonType.Scalar && ((JsonType.Scalar) type).scalar() == ScalarKind.BOOLEAN) {
      return "booleans";
    }
    if (type instanceof JsonType.EnumType) {
      return ((JsonType.EnumType) type).name().simpleName() + " names";
    }
    if (type instanceof JsonType.Sequence) {
      return "arrays";
    }
    if (type instanceof JsonType.MapOf) {
      return "objects";
    }
    return of(type).replaceFirst("^an? ", "") + "s";
  }
}
