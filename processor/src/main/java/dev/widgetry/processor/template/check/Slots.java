package dev.widgetry.processor.template.check;

import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonKind;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.ScalarKind;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.template.data.DataBinding;
import dev.widgetry.processor.template.data.DataType;
import dev.widgetry.processor.template.syntax.Expr;
import dev.widgetry.processor.template.types.Ty;
import dev.widgetry.processor.template.types.Tys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides whether a typed template value fits a catalog prop, and how it is converted to the prop's
 * Java type; reports a value of the wrong kind, an enum value the prop does not take, data whose
 * fields the prop's object lacks, or untyped data where a typed prop is.
 */
final class Slots {
  /** A place in the widget a value goes: the prop's type, whether it must be present, and its name in messages. */
  record Slot(JsonType type, boolean required, String label) {
    static Slot of(WidgetModel.RecordWidget owner, Property property) {
      JsonType type = property.type().type();
      if (type instanceof JsonType.OptionalOf) {
        type = ((JsonType.OptionalOf) type).element().type();
      }
      return new Slot(type, property.required(), owner.name().nestedName() + "." + property.jsonName());
    }

    Slot element() {
      return new Slot(((JsonType.Sequence) type).element().type(), true, label + "[]");
    }

    Slot mapValue() {
      return new Slot(((JsonType.MapOf) type).value().type(), true, label + "[*]");
    }
  }

  private final Sink sink;
  private final Attribution attribution;
  private final Facts facts;
  private final Function<JavaName, WidgetModel> models;
  private final DataBinding binding;

  Slots(Sink sink, Attribution attribution, Facts facts, Function<JavaName, WidgetModel> models, DataBinding binding) {
    this.sink = sink;
    this.attribution = attribution;
    this.facts = facts;
    this.models = models;
    this.binding = binding;
  }

  /** These slots for a check of its own: its own sink and attribution, a copy of the facts, other models. */
  Slots with(Sink sink, Attribution attribution, Facts facts, Function<JavaName, WidgetModel> models) {
    return new Slots(sink, attribution, facts, models, binding);
  }

  Facts facts() {
    return facts;
  }

  WidgetModel model(JavaName name) {
    return models.apply(name);
  }

  String describe(JsonType type) {
    return SlotWords.describe(type, models);
  }

  /**
   * How a value of {@code type}, computed by {@code at}, becomes the slot's Java value; null when it
   * does not fit (reported) or could not be typed.
   */
  Conversion convert(Ty type, Slot slot, Expr at) {
    if (Tys.isPoison(type)) {
      return null;
    }
    Ty present = Tys.present(type);
    boolean none = Tys.has(type, Ty.None.class);
    if (isJson(slot.type())) {
      if (present == null) {
        return new Conversion.Absent();
      }
      Conversion json = json(type, at);
      return json != null && none ? new Conversion.Nullable(json) : json;
    }
    if (none && slot.required()) {
      sink.error(Message.TEMPLATE_PROP_KIND, at.pos(), slot.label(), describe(slot.type()), Tys.describe(type),
          ", and it may not be left out");
      return null;
    }
    if (present == null) {
      return new Conversion.Absent();
    }
    Conversion conversion = present(present, slot, at);
    return conversion == null ? null : none ? new Conversion.Nullable(conversion) : conversion;
  }

  private Conversion present(Ty type, Slot slot, Expr at) {
    List<Ty> members = Tys.members(type);
    if (members.size() > 1 && members.stream().allMatch(member -> member instanceof Ty.Dict)) {
      for (Ty member : members) {
        if (one(member, slot, at) == null) {
          return null;
        }
      }
      return new Conversion.Built();
    }
    if (members.size() == 1 || sameJavaKind(members)) {
      return one(members.get(0) instanceof Ty.Str ? type : members.get(0), slot, at);
    }
    List<Conversion.Alternative> alternatives = new ArrayList<>();
    for (Ty member : members) {
      Conversion conversion = one(member, slot, at);
      if (conversion == null) {
        return null;
      }
      alternatives.add(new Conversion.Alternative(kindOf(member), conversion));
    }
    return new Conversion.ByKind(alternatives);
  }

  /** Whether the members share one Java representation: strings, or the same list or object type. */
  private static boolean sameJavaKind(List<Ty> members) {
    Set<Conversion.ValueKind> kinds = new LinkedHashSet<>();
    members.forEach(member -> kinds.add(kindOf(member)));
    return kinds.size() == 1 && kinds.iterator().next() == Conversion.ValueKind.STRING;
  }

  static Conversion.ValueKind kindOf(Ty type) {
    if (type instanceof Ty.Str) {
      return Conversion.ValueKind.STRING;
    }
    if (type instanceof Ty.Int) {
      return Conversion.ValueKind.INTEGER;
    }
    if (type instanceof Ty.Num) {
      return Conversion.ValueKind.NUMBER;
    }
    if (type instanceof Ty.Bool) {
      return Conversion.ValueKind.BOOLEAN;
    }
    if (type instanceof Ty.None) {
      return Conversion.ValueKind.NONE;
    }
    if (type instanceof Ty.Lst) {
      return Conversion.ValueKind.LIST;
    }
    return Conversion.ValueKind.OTHER;
  }

  /** One alternative of a value (not none, not undefined) into the slot. */
  private Conversion one(Ty type, Slot slot, Expr at) {
    JsonType target = slot.type();
    if (target instanceof JsonType.Scalar) {
      return scalar(type, ((JsonType.Scalar) target).scalar(), slot, at);
    }
    if (target instanceof JsonType.EnumType) {
      return enumConstant(type, (JsonType.EnumType) target, slot, at);
    }
    if (target instanceof JsonType.Sequence) {
      if (!(type instanceof Ty.Lst)) {
        return mismatch(type, slot, at, "");
      }
      Ty.Lst list = (Ty.Lst) type;
      Conversion element = null;
      if (list.element() != null) {
        element = convert(list.element(), slot.element(), at);
        if (element == null) {
          return null;
        }
      }
      Conversion.ListOf conversion = new Conversion.ListOf(element, (JsonType.Sequence) target);
      if (list.literal() != null) {
        if (element != null && !facts.useElements(list.literal(), element)) {
          sink.error(Message.TEMPLATE_UNSUPPORTED, at.pos(), "one list written into two props of different kinds");
          return null;
        }
        attribution.convert(list.literal(), conversion);
      }
      return conversion;
    }
    if (target instanceof JsonType.MapOf) {
      return map(type, slot, at);
    }
    if (target instanceof JsonType.WidgetRef) {
      WidgetModel model = models.apply(((JsonType.WidgetRef) target).name());
      if (model instanceof WidgetModel.RecordWidget) {
        return record(type, (WidgetModel.RecordWidget) model, slot, at);
      }
      return union(type, (WidgetModel.UnionWidget) model, slot, at);
    }
    return mismatch(type, slot, at, "");
  }

  private Conversion scalar(Ty type, ScalarKind kind, Slot slot, Expr at) {
    switch (kind) {
      case STRING:
        return type instanceof Ty.Str ? new Conversion.Text() : mismatch(type, slot, at, hintForString(type));
      case BOOLEAN:
        return type instanceof Ty.Bool ? new Conversion.Flag() : mismatch(type, slot, at, "");
      case JSON_NODE:
        return json(type, at);
      default:
        if (kind.isIntegral()) {
          return type instanceof Ty.Int ? new Conversion.Whole(kind)
              : mismatch(type, slot, at, type instanceof Ty.Num ? " (a number may have a fraction; use | int)" : "");
        }
        if (kind.isNumeric()) {
          return type instanceof Ty.Int || type instanceof Ty.Num ? new Conversion.Decimal(kind) : mismatch(type, slot, at, "");
        }
        return mismatch(type, slot, at, "");
    }
  }

  private static String hintForString(Ty type) {
    return type instanceof Ty.Int || type instanceof Ty.Num ? " (make it a string with ~: (value ~ ''))" : "";
  }

  private Conversion enumConstant(Ty type, JsonType.EnumType target, Slot slot, Expr at) {
    if (!(type instanceof Ty.Str)) {
      return mismatch(type, slot, at, "");
    }
    Set<String> names = new LinkedHashSet<>();
    target.constants().forEach(constant -> names.add(constant.jsonName()));
    Set<String> values = ((Ty.Str) type).values();
    if (values == null) {
      sink.error(Message.TEMPLATE_PROP_KIND, at.pos(), slot.label(), describe(target), "any string",
          ": declare the value with an enum in the schema, or write one of these names");
      return null;
    }
    for (String value : values) {
      if (!names.contains(value)) {
        sink.error(Message.TEMPLATE_PROP_KIND, at.pos(), slot.label(), describe(target), "\"" + value + "\"",
            Suggestions.didYouMean(value, names));
        return null;
      }
    }
    return new Conversion.EnumConstant(target, values);
  }

  private Conversion map(Ty type, Slot slot, Expr at) {
    if (type instanceof Ty.MapOf) {
      Conversion value = convert(((Ty.MapOf) type).values(), slot.mapValue(), at);
      return value == null ? null : new Conversion.MapOf(value);
    }
    if (type instanceof Ty.Obj) {
      DataType.ObjectType schema = ((Ty.Obj) type).schema();
      List<Conversion.Field> fields = new ArrayList<>();
      for (DataType.DataProperty property : schema.properties()) {
        Ty field = Tys.of(property.type(), ((Ty.Obj) type).path() + "." + property.name());
        Conversion value = convert(field, slot.mapValue(), at);
        if (value == null) {
          return null;
        }
        fields.add(new Conversion.Field(null, property.name(), value, !property.required() || Tys.has(field, Ty.None.class)));
      }
      return new Conversion.FieldsToMap(binding.recordName(schema), fields);
    }
    if (type instanceof Ty.Dict) {
      for (Expr.Entry entry : ((Ty.Dict) type).literal().entries()) {
        String key = (String) ((Expr.Literal) entry.key()).value();
        Conversion value = convert(((Ty.Dict) type).entries().get(key), slot.mapValue(), entry.value());
        if (value == null) {
          return null;
        }
        attribution.convert(entry.value(), value);
      }
      return dict((Ty.Dict) type, new Conversion.BuildMap(), at);
    }
    return mismatch(type, slot, at, untypedHint(type));
  }

  private Conversion record(Ty type, WidgetModel.RecordWidget record, Slot slot, Expr at) {
    if (record.valueRecord()) {
      Property value = record.properties().get(0);
      Conversion inner = one(type, new Slot(Slot.of(record, value).type(), true, slot.label()), at);
      return inner == null ? null : new Conversion.Wrap(record.name(), inner);
    }
    if (type instanceof Ty.Dict) {
      return dictRecord((Ty.Dict) type, record, slot, at);
    }
    if (type instanceof Ty.Obj) {
      return fromData((Ty.Obj) type, record, slot, at);
    }
    return mismatch(type, slot, at, untypedHint(type));
  }

  private Conversion union(Ty type, WidgetModel.UnionWidget union, Slot slot, Expr at) {
    if (union.tagged()) {
      if (type instanceof Ty.Dict) {
        Ty tag = ((Ty.Dict) type).entries().get("type");
        Set<String> values = tag instanceof Ty.Str ? ((Ty.Str) tag).values() : null;
        if (values == null || values.size() != 1) {
          sink.error(Message.TEMPLATE_MISSING_PROP, at.pos(), slot.label(), "type",
              "the dict has no \"type\" that is one string, so the component it is cannot be told");
          return null;
        }
        String name = values.iterator().next();
        WidgetModel.RecordWidget member = memberByTag(union, name, slot, at.pos());
        return member == null ? null : dictRecord((Ty.Dict) type, member, slot, at);
      }
      if (type instanceof Ty.Obj) {
        sink.error(Message.TEMPLATE_PROP_KIND, at.pos(), slot.label(), describe(slot.type()), Tys.describe(type),
            ": the data cannot say which component to draw; write the component in the template and fill its props"
                + " from the data");
        return null;
      }
      return mismatch(type, slot, at, untypedHint(type));
    }
    JsonKind kind = jsonKind(type);
    List<WidgetModel.RecordWidget> candidates = new ArrayList<>();
    for (WidgetModel.UnionMember member : union.members()) {
      if (member.kind() == kind || (kind == JsonKind.NUMBER && member.kind() == JsonKind.NUMBER)) {
        candidates.add((WidgetModel.RecordWidget) models.apply(member.name()));
      }
    }
    if (kind == JsonKind.OBJECT) {
      Set<String> keys = keysOf(type);
      candidates.removeIf(candidate -> candidate.valueRecord() || !propertyNames(candidate).containsAll(keys));
    }
    if (candidates.isEmpty()) {
      return mismatch(type, slot, at, untypedHint(type));
    }
    Conversion conversion = null;
    boolean quiet = candidates.size() > 1 && sink.quiet(true);
    try {
      for (WidgetModel.RecordWidget candidate : candidates) {
        conversion = record(type, candidate, slot, at);
        if (conversion != null) {
          break;
        }
      }
    } finally {
      if (candidates.size() > 1) {
        sink.quiet(quiet);
      }
    }
    if (conversion == null && candidates.size() > 1) {
      return record(type, candidates.get(0), slot, at);
    }
    return conversion;
  }

  WidgetModel.RecordWidget memberByTag(WidgetModel.UnionWidget union, String tag, Slot slot, int pos) {
    List<String> tags = new ArrayList<>();
    for (WidgetModel.UnionMember member : union.members()) {
      if (member.tag().equals(tag)) {
        return (WidgetModel.RecordWidget) models.apply(member.name());
      }
      tags.add(member.tag());
    }
    sink.error(Message.TEMPLATE_UNKNOWN_COMPONENT, pos, tag,
        "a component " + slot.label() + " can hold, which takes " + describe(slot.type()),
        Suggestions.didYouMean(tag, tags));
    return null;
  }

  private static JsonKind jsonKind(Ty type) {
    if (type instanceof Ty.Str) {
      return JsonKind.STRING;
    }
    if (type instanceof Ty.Int || type instanceof Ty.Num) {
      return JsonKind.NUMBER;
    }
    if (type instanceof Ty.Bool) {
      return JsonKind.BOOLEAN;
    }
    if (type instanceof Ty.Lst) {
      return JsonKind.ARRAY;
    }
    return JsonKind.OBJECT;
  }

  private static Set<String> keysOf(Ty type) {
    Set<String> keys = new LinkedHashSet<>();
    if (type instanceof Ty.Dict) {
      keys.addAll(((Ty.Dict) type).entries().keySet());
    } else if (type instanceof Ty.Obj) {
      ((Ty.Obj) type).schema().properties().forEach(property -> keys.add(property.name()));
    }
    return keys;
  }

  static Set<String> propertyNames(WidgetModel.RecordWidget record) {
    Set<String> names = new LinkedHashSet<>();
    record.properties().forEach(property -> names.add(property.jsonName()));
    if (record.tag() != null) {
      names.add("type");
    }
    return names;
  }

  /** A dict literal built as a catalog record: its entries are the record's props. */
  private Conversion dictRecord(Ty.Dict dict, WidgetModel.RecordWidget record, Slot slot, Expr at) {
    for (Expr.Entry entry : dict.literal().entries()) {
      String key = (String) ((Expr.Literal) entry.key()).value();
      if (key.equals("type") && record.tag() != null) {
        continue;
      }
      Property property = record.property(key);
      if (property == null) {
        unknownProp(record, key, entry.key().pos());
        return null;
      }
      Conversion value = convert(dict.entries().get(key), Slot.of(record, property), entry.value());
      if (value == null) {
        return null;
      }
      attribution.convert(entry.value(), value);
    }
    for (Property property : record.properties()) {
      if (property.required() && !dict.entries().containsKey(property.jsonName())) {
        sink.error(Message.TEMPLATE_MISSING_PROP, at.pos(), record.name().nestedName(), property.jsonName(),
            "the dict leaves it out");
        return null;
      }
    }
    if (record.tag() != null && !dict.entries().containsKey("type")) {
      sink.error(Message.TEMPLATE_MISSING_PROP, at.pos(), record.name().nestedName(), "type",
          "the dict leaves it out (write \"type\": \"" + record.tag() + "\")");
      return null;
    }
    return dict(dict, new Conversion.Build(record), at);
  }

  private Conversion dict(Ty.Dict dict, Conversion conversion, Expr at) {
    if (!facts.useDict(dict.literal(), conversion)) {
      sink.error(Message.TEMPLATE_UNSUPPORTED, at.pos(), "one dict written into two props of different kinds");
      return null;
    }
    attribution.convert(dict.literal(), conversion);
    return conversion;
  }

  /** A data object converted to a catalog record: each field fills the prop of its name. */
  private Conversion fromData(Ty.Obj object, WidgetModel.RecordWidget record, Slot slot, Expr at) {
    DataType.ObjectType schema = object.schema();
    List<Conversion.Field> fields = new ArrayList<>();
    for (DataType.DataProperty field : schema.properties()) {
      Property property = record.property(field.name());
      if (property == null) {
        sink.error(Message.TEMPLATE_UNKNOWN_PROP, at.pos(), record.name().nestedName(), field.name(),
            " for the data's " + object.path() + "." + field.name() + Suggestions.didYouMean(field.name(),
                propertyNames(record)));
        return null;
      }
      Ty type = Tys.of(field.type(), object.path() + "." + field.name());
      boolean optional = !field.required() || Tys.has(type, Ty.None.class);
      if (optional && property.required()) {
        sink.error(Message.TEMPLATE_MISSING_PROP, at.pos(), record.name().nestedName(), property.jsonName(),
            "the data's " + object.path() + "." + field.name() + " may be left out or null");
        return null;
      }
      Conversion conversion = convert(Tys.present(type) == null ? type : Tys.present(type), Slot.of(record, property), at);
      if (conversion == null) {
        return null;
      }
      fields.add(new Conversion.Field(property, field.name(), conversion, optional));
    }
    for (Property property : record.properties()) {
      if (property.required() && schema.property(property.jsonName()) == null) {
        sink.error(Message.TEMPLATE_MISSING_PROP, at.pos(), record.name().nestedName(), property.jsonName(),
            "the data's " + object.path() + " has no such field");
        return null;
      }
    }
    return new Conversion.FromData(binding.recordName(schema), record, fields);
  }

  /** Any value to JSON for a payload: records how the dicts and lists the template made are written. */
  Conversion json(Ty type, Expr at) {
    for (Ty member : Tys.members(type)) {
      if (member instanceof Ty.Namespace || member instanceof Ty.Loop) {
        sink.error(Message.TEMPLATE_WRONG_KIND, at.pos(), dev.widgetry.processor.template.syntax.ExprPrinter.print(at),
            Tys.describe(member), "it is not JSON");
        return null;
      }
      if (member instanceof Ty.Dict) {
        Ty.Dict dict = (Ty.Dict) member;
        for (Expr.Entry entry : dict.literal().entries()) {
          Conversion value = json(dict.entries().get((String) ((Expr.Literal) entry.key()).value()), entry.value());
          if (value == null) {
            return null;
          }
          attribution.convert(entry.value(), value);
        }
        if (dict(dict, new Conversion.Json(), at) == null) {
          return null;
        }
      }
      if (member instanceof Ty.Lst && ((Ty.Lst) member).literal() != null) {
        Ty element = ((Ty.Lst) member).element();
        if (element != null && json(element, at) == null) {
          return null;
        }
        if (!facts.useElements(((Ty.Lst) member).literal(), new Conversion.Json())) {
          sink.error(Message.TEMPLATE_UNSUPPORTED, at.pos(), "one list written into two props of different kinds");
          return null;
        }
        attribution.convert(((Ty.Lst) member).literal(), new Conversion.ListOf(new Conversion.Json(), null));
      }
    }
    return new Conversion.Json();
  }

  static boolean isJson(JsonType type) {
    return type instanceof JsonType.Scalar && ((JsonType.Scalar) type).scalar() == ScalarKind.JSON_NODE;
  }

  void unknownProp(WidgetModel.RecordWidget record, String key, int pos) {
    sink.error(Message.TEMPLATE_UNKNOWN_PROP, pos, record.name().nestedName(), key,
        Suggestions.didYouMean(key, propertyNames(record)));
  }

  private static String untypedHint(Ty type) {
    return type instanceof Ty.Any || type instanceof Ty.MapOf
        ? ": the schema leaves its shape open, so nothing checks it; declare its properties in the jsonSchema" : "";
  }

  private Conversion mismatch(Ty type, Slot slot, Expr at, String hint) {
    sink.error(Message.TEMPLATE_PROP_KIND, at.pos(), slot.label(), describe(slot.type()), Tys.describe(type), hint);
    return null;
  }
}
