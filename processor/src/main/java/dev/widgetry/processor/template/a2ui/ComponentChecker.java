package dev.widgetry.processor.template.a2ui;

import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonKind;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.template.a2ui.DataModel.Place;
import dev.widgetry.processor.template.check.Suggestions;
import dev.widgetry.processor.template.file.JsonValue;
import dev.widgetry.processor.template.file.JsonValue.JArray;
import dev.widgetry.processor.template.file.JsonValue.JObject;
import dev.widgetry.processor.template.file.JsonValue.JString;
import dev.widgetry.processor.template.file.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Checks one component against its record in the catalog, as the generated parser reads it: the
 * component's name, each prop known and of a kind its type takes, the required ones present, enum
 * values among the constants; untagged unions by the JSON kind and names a value has, tagged ones
 * by their tag. Bindings go to {@link Bindings}; the ids it names are returned as {@link Edge}s.
 */
final class ComponentChecker {
  private static final String CHILD_IDS = "dev.widgetry.a2ui.ChildList.Ids";
  private static final String CHILD_TEMPLATE = "dev.widgetry.a2ui.ChildList.Template";

  /** A component id a component names, and the data the named component is bound in. */
  record Edge(String id, JsonValue at, String pointer, Place scope) {}

  private final A2uiCatalogTypes catalog;
  private final Bindings bindings;
  private final List<Problem> problems;
  private final List<Edge> edges = new ArrayList<>();

  ComponentChecker(A2uiCatalogTypes catalog, Bindings bindings, List<Problem> problems) {
    this.catalog = catalog;
    this.bindings = bindings;
    this.problems = problems;
  }

  /** Checks a component bound in {@code scope}; returns the ids it names. */
  List<Edge> check(JsonValue component, String pointer, Place scope) {
    edges.clear();
    if (!(component instanceof JObject object)) {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_PROP_KIND, component.offset(), pointer, "a component",
          "an object", gives(component)));
      return List.of();
    }
    String tagName = catalog.discriminator();
    if (!(object.get(tagName) instanceof JString tag)) {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_MISSING_PROP, object.offset(), pointer, "a component",
          tagName));
      return List.of();
    }
    WidgetModel.RecordWidget record = catalog.component(tag.value());
    if (record == null) {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_UNKNOWN_COMPONENT, tag.offset(), Pointers.child(pointer,
          tagName), tag.value(), catalog.id(), Suggestions.didYouMean(tag.value(), catalog.componentNames())));
      return List.of();
    }
    record(object, record, pointer, tag.value(), scope);
    return List.copyOf(edges);
  }

  private void value(JsonValue value, JsonType type, String pointer, String what, Place scope) {
    if (type instanceof JsonType.OptionalOf optional) {
      value(value, optional.element().type(), pointer, what, scope);
    } else if (type instanceof JsonType.Scalar scalar) {
      if (scalar.kind() != JsonKind.ANY && kind(value) != scalar.kind()) {
        problems.add(Problem.error(Message.A2UI_TEMPLATE_PROP_KIND, value.offset(), pointer, what,
            scalar.kind().description(), gives(value)));
      }
    } else if (type instanceof JsonType.EnumType enumType) {
      List<String> names = enumType.constants().stream().map(JsonType.EnumConstant::jsonName).toList();
      if (!(value instanceof JString string) || !names.contains(string.value())) {
        String wrong = value instanceof JString string ? string.value() : "";
        problems.add(Problem.error(Message.A2UI_TEMPLATE_PROP_KIND, value.offset(), pointer, what,
            "one of " + quoted(names), gives(value) + Suggestions.didYouMean(wrong, names)));
      }
    } else if (type instanceof JsonType.Sequence sequence) {
      if (!(value instanceof JArray array)) {
        problems.add(Problem.error(Message.A2UI_TEMPLATE_PROP_KIND, value.offset(), pointer, what, "a list",
            gives(value)));
        return;
      }
      for (int i = 0; i < array.items().size(); i++) {
        value(array.items().get(i), sequence.element().type(), Pointers.child(pointer, i), what + "[]", scope);
      }
    } else if (type instanceof JsonType.MapOf map) {
      if (!(value instanceof JObject object)) {
        problems.add(Problem.error(Message.A2UI_TEMPLATE_PROP_KIND, value.offset(), pointer, what, "an object",
            gives(value)));
        return;
      }
      object.members().forEach((key, member) ->
          value(member.value(), map.value().type(), Pointers.child(pointer, key), what + "." + key, scope));
    } else if (type instanceof JsonType.WidgetRef ref) {
      widget(value, ref.name(), pointer, what, scope);
    }
  }

  private void widget(JsonValue value, JavaName name, String pointer, String what, Place scope) {
    String canonical = name.canonicalName();
    if (Bindings.TAKES.containsKey(canonical) && value instanceof JObject object && object.members().size() == 1
        && object.get("path") instanceof JString path) {
      bindings.check(canonical, path, Pointers.child(pointer, "path"), scope, what);
      return;
    }
    if (canonical.equals(CHILD_TEMPLATE) && value instanceof JObject object
        && object.get("componentId") instanceof JString child && object.get("path") instanceof JString path) {
      Place items = bindings.items(path, Pointers.child(pointer, "path"), scope, what);
      // Past a reported path the item is unknown: any value, so that its bindings report nothing more.
      edges.add(new Edge(child.value(), child, Pointers.child(pointer, "componentId"),
          items != null ? items : new Place(null, "any value")));
    }
    if (canonical.equals(CHILD_IDS) && value instanceof JArray ids) {
      references(ids, pointer, scope);
    }
    WidgetModel model = catalog.model(name);
    if (model instanceof WidgetModel.RecordWidget record && record.valueRecord()) {
      value(value, record.properties().get(0).type().type(), pointer, what, scope);
    } else if (model instanceof WidgetModel.RecordWidget record) {
      if (value instanceof JObject object) {
        record(object, record, pointer, what, scope);
      } else {
        problems.add(Problem.error(Message.A2UI_TEMPLATE_PROP_KIND, value.offset(), pointer, what, "an object",
            gives(value)));
      }
    } else if (model instanceof WidgetModel.UnionWidget union && union.tagged()) {
      tagged(value, union, pointer, what, scope);
    } else if (model instanceof WidgetModel.UnionWidget union) {
      untagged(value, union, pointer, what, scope);
    }
  }

  private void record(JObject object, WidgetModel.RecordWidget record, String pointer, String what, Place scope) {
    Map<String, Property> props = new java.util.LinkedHashMap<>();
    record.properties().forEach(property -> props.put(property.jsonName(), property));
    for (JsonValue.Member member : object.members().values()) {
      if (member.key().equals(record.discriminator())) {
        continue;
      }
      Property property = props.get(member.key());
      String at = Pointers.child(pointer, member.key());
      if (property == null) {
        problems.add(Problem.error(Message.A2UI_TEMPLATE_UNKNOWN_PROP, member.keyOffset(), at, what, member.key(),
            Suggestions.didYouMean(member.key(), props.keySet())));
      } else if (catalog.componentRef(record.name(), property)) {
        if (member.value() instanceof JString id) {
          edges.add(new Edge(id.value(), id, at, scope));
        } else if (member.value() instanceof JArray ids) {
          references(ids, at, scope);
        }
        value(member.value(), property.type().type(), at, what + "." + member.key(), scope);
      } else {
        value(member.value(), property.type().type(), at, what + "." + member.key(), scope);
      }
    }
    for (Property property : record.properties()) {
      if (property.required() && object.get(property.jsonName()) == null) {
        problems.add(Problem.error(Message.A2UI_TEMPLATE_MISSING_PROP, object.offset(), pointer, what,
            property.jsonName()));
      }
    }
  }

  private void references(JArray ids, String pointer, Place scope) {
    for (int i = 0; i < ids.items().size(); i++) {
      if (ids.items().get(i) instanceof JString id) {
        edges.add(new Edge(id.value(), id, Pointers.child(pointer, i), scope));
      }
    }
  }

  private void tagged(JsonValue value, WidgetModel.UnionWidget union, String pointer, String what, Place scope) {
    String tagName = union.discriminator();
    List<String> tags = union.members().stream().map(WidgetModel.UnionMember::tag).toList();
    if (!(value instanceof JObject object)) {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_PROP_KIND, value.offset(), pointer, what, "an object",
          gives(value)));
    } else if (!(object.get(tagName) instanceof JString tag)) {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_MISSING_PROP, object.offset(), pointer, what, tagName));
    } else if (!tags.contains(tag.value())) {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_PROP_KIND, tag.offset(), Pointers.child(pointer, tagName),
          what + "." + tagName, "one of " + quoted(tags), "\"" + tag.value() + "\""
              + Suggestions.didYouMean(tag.value(), tags)));
    } else {
      JavaName member = union.members().get(tags.indexOf(tag.value())).name();
      widget(value, member, pointer, what, scope);
    }
  }

  /**
   * An untagged union: the member of the value's JSON kind; among objects, the one that has every
   * name the value has, else the one sharing most, so that a misspelt prop is reported inside it.
   */
  private void untagged(JsonValue value, WidgetModel.UnionWidget union, String pointer, String what, Place scope) {
    JsonKind kind = kind(value);
    List<WidgetModel.UnionMember> fitting = union.members().stream()
        .filter(member -> member.kind() == kind || member.kind() == JsonKind.ANY).toList();
    if (fitting.isEmpty()) {
      String takes = union.members().stream().map(member -> member.kind().description()).distinct()
          .reduce((a, b) -> a + " or " + b).orElse("nothing");
      problems.add(Problem.error(Message.A2UI_TEMPLATE_PROP_KIND, value.offset(), pointer, what,
          takes + " (" + union.name().simpleName() + ")", gives(value)));
      return;
    }
    WidgetModel.UnionMember best = fitting.get(0);
    if (value instanceof JObject object) {
      best = fitting.stream().max(Comparator.comparingInt((WidgetModel.UnionMember member) ->
          (int) object.members().keySet().stream().filter(member.properties()::contains).count())).orElse(best);
    }
    widget(value, best.name(), pointer, what, scope);
  }

  private static JsonKind kind(JsonValue value) {
    if (value instanceof JString) {
      return JsonKind.STRING;
    } else if (value instanceof JsonValue.JNumber) {
      return JsonKind.NUMBER;
    } else if (value instanceof JsonValue.JBoolean) {
      return JsonKind.BOOLEAN;
    } else if (value instanceof JArray) {
      return JsonKind.ARRAY;
    } else if (value instanceof JObject) {
      return JsonKind.OBJECT;
    }
    return null;
  }

  /** What the file gives, in a message: {@code a number (3)}. */
  static String gives(JsonValue value) {
    JsonKind kind = kind(value);
    if (kind == null) {
      return "null";
    }
    String shown = value instanceof JString string ? " (\"" + string.value() + "\")"
        : value instanceof JsonValue.JNumber number ? " (" + number.text() + ")"
        : value instanceof JsonValue.JBoolean bool ? " (" + bool.value() + ")" : "";
    return kind.description() + shown;
  }

  private static String quoted(List<String> names) {
    return names.stream().map(name -> "\"" + name + "\"").reduce((a, b) -> a + ", " + b).orElse("");
  }
}
