package dev.widgetry.processor.template.check;

import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonKind;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.WidgetModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** How messages say what a prop takes: "a string", "one of \"sm\", \"md\"", "a component". */
final class SlotWords {
  private SlotWords() {}

  static String describe(JsonType type, Function<JavaName, WidgetModel> models) {
    if (type instanceof JsonType.OptionalOf) {
      return describe(((JsonType.OptionalOf) type).element().type(), models);
    }
    if (type instanceof JsonType.Scalar) {
      switch (((JsonType.Scalar) type).scalar()) {
        case STRING:
        case CHAR:
          return "a string";
        case BOOLEAN:
          return "true or false";
        case JSON_NODE:
          return "any JSON";
        default:
          return ((JsonType.Scalar) type).scalar().isIntegral() ? "a whole number" : "a number";
      }
    }
    if (type instanceof JsonType.EnumType) {
      List<String> names = new ArrayList<>();
      ((JsonType.EnumType) type).constants().forEach(constant -> names.add("\"" + constant.jsonName() + "\""));
      return "one of " + String.join(", ", names);
    }
    if (type instanceof JsonType.Sequence) {
      return "a list of " + plural(describe(((JsonType.Sequence) type).element().type(), models));
    }
    if (type instanceof JsonType.MapOf) {
      return "an object whose values are " + plural(describe(((JsonType.MapOf) type).value().type(), models));
    }
    WidgetModel model = models.apply(((JsonType.WidgetRef) type).name());
    if (model instanceof WidgetModel.RecordWidget) {
      return "a " + model.name().nestedName() + " object";
    }
    WidgetModel.UnionWidget union = (WidgetModel.UnionWidget) model;
    if (union.tagged()) {
      return union.members().size() > 6 ? "a component" : "a " + tags(union);
    }
    Set<String> kinds = new LinkedHashSet<>();
    for (WidgetModel.UnionMember member : union.members()) {
      kinds.add(member.kind() == JsonKind.OBJECT ? "an object with " + String.join(", ", member.properties())
          : member.kind().description());
    }
    return String.join(" or ", kinds);
  }

  private static String tags(WidgetModel.UnionWidget union) {
    List<String> tags = new ArrayList<>();
    union.members().forEach(member -> tags.add(member.tag()));
    return tags.size() == 1 ? tags.get(0)
        : String.join(", ", tags.subList(0, tags.size() - 1)) + " or " + tags.get(tags.size() - 1);
  }

  private static String plural(String words) {
    if (words.startsWith("a ")) {
      return words.substring(2) + "s";
    }
    if (words.startsWith("an ")) {
      return words.substring(3) + "s";
    }
    return words;
  }
}
