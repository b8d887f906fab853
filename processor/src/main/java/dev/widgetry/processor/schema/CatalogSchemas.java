package dev.widgetry.processor.schema;

import dev.widgetry.processor.model.A2uiVersionNames;
import dev.widgetry.processor.model.CatalogModel;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.ScalarKind;
import dev.widgetry.processor.model.TypeUse;
import dev.widgetry.processor.model.WidgetModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON Schemas of a catalog's props, and of the records they hold, in one A2UI version's form
 * of the catalog document ({@link CatalogDocument} lays out the document around them): A2UI's own
 * types by reference to the common types, other records inline as the official catalog writes
 * them, defaults and {@code @A2uiSchema} text merged in, and the props of that version only.
 */
final class CatalogSchemas {
  /** The versions a prop's {@code @A2uiSince} and {@code @A2uiUntil} name, in order. */
  private static final List<String> VERSIONS = A2uiVersionNames.ORDER;
  private static final String A2UI = "dev.widgetry.a2ui";
  /** A2UI's own types, by their definitions in {@code common_types.json}. */
  private static final Map<String, String> COMMON = Map.of(
      A2UI + ".DynamicString", "DynamicString",
      A2UI + ".DynamicNumber", "DynamicNumber",
      A2UI + ".DynamicBoolean", "DynamicBoolean",
      A2UI + ".DynamicStringList", "DynamicStringList",
      A2UI + ".DynamicValue", "DynamicValue",
      A2UI + ".ChildList", "ChildList",
      A2UI + ".Action", "Action",
      A2UI + ".CheckRule", "CheckRule",
      A2UI + ".AccessibilityAttributes", "AccessibilityAttributes",
      A2UI + ".FunctionCall", "FunctionCall");

  /** The JSON type of the literal of each dynamic common type a prop may hold as a literal only. */
  static final Map<String, String> LITERALS = Map.of(
      "DynamicString", "string", "DynamicNumber", "number", "DynamicBoolean", "boolean");

  /** The form of one version: its name in version gates, and the common type of a single component id. */
  enum Form {
    V0_9(A2uiVersionNames.V0_9, "ComponentId"),
    V1_0(A2uiVersionNames.V1_0, "Child");

    final String version;
    final String singleId;

    Form(String version, String singleId) {
      this.version = version;
      this.singleId = singleId;
    }
  }

  private final CatalogModel catalog;
  private final Function<JavaName, WidgetModel> models;
  private final Form form;
  private final String commonTypes;
  private final Set<JavaName> inlining = new HashSet<>();

  /** @param commonTypes how the document names the common types' definitions: the prefix of their refs */
  CatalogSchemas(CatalogModel catalog, Function<JavaName, WidgetModel> models, Form form, String commonTypes) {
    this.catalog = catalog;
    this.models = models;
    this.form = form;
    this.commonTypes = commonTypes;
  }

  /** A copy of {@code node} whose references that start with {@code from} start with {@code to} instead. */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  static Object relocated(Object node, String from, String to) {
    if (node instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) node).forEach((key, value) -> copy.put(key,
          key.equals("$ref") && value instanceof String && ((String) value).startsWith(from)
              ? to + ((String) value).substring(from.length())
              : relocated(value, from, to)));
      return copy;
    }
    if (node instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<Object>) node).forEach(item -> copy.add(relocated(item, from, to)));
      return copy;
    }
    return node;
  }

  /** Whether {@code property} exists in this form's version: from its {@code @A2uiSince} on, up to its {@code @A2uiUntil}. */
  boolean exists(Property property) {
    return A2uiVersionNames.has(property.since(), property.until(), form.version);
  }

  /** A function's arguments: closed by {@code unevaluatedProperties}, so merged conditions still hold. */
  Map<String, Object> arguments(Property args) {
    Map<String, Object> schema = typeSchema(args.type(), null);
    if (schema.remove("additionalProperties") != null) {
      schema.put("unevaluatedProperties", false);
    }
    return schema;
  }

  /** The schema of {@code property}, a prop of the record whose extras are {@code owner}. */
  Map<String, Object> property(Property property, CatalogModel.Extras owner) {
    CatalogModel.PropExtras extras = owner.props().get(property.jsonName());
    String idDef = extras != null && extras.componentRef() ? form.singleId : null;
    Map<String, Object> schema = new LinkedHashMap<>();
    if (!property.description().isEmpty()) {
      schema.put("description", property.description());
    }
    CatalogModel.SchemaText text = extras == null ? null : extras.schema();
    boolean bindable = property.bindableSince() != null;
    schema.putAll(bindable ? bindable(property, text) : typeSchema(property.type(), idDef));
    if (extras != null && extras.defaultValue() != null) {
      schema.put("default", typedDefault(extras.defaultValue(), kindOf(schema)));
    }
    return bindable ? schema : merge(schema, text);
  }

  /**
   * A prop that holds a literal only before a version ({@code @A2uiBindableSince}): in those
   * versions the literal's schema, with the prop's {@code @A2uiSchema} keywords; from it on the
   * dynamic type's, the keywords staying on its literal ({@code openUrl}'s {@code url}: a URI, a
   * binding or a call).
   */
  private Map<String, Object> bindable(Property property, CatalogModel.SchemaText text) {
    String common = COMMON.get(((JsonType.WidgetRef) property.type().type()).name().canonicalName());
    Map<String, Object> plain = map("type", LITERALS.get(common));
    Map<String, Object> literal = merge(new LinkedHashMap<>(plain), text);
    if (!A2uiVersionNames.has(property.bindableSince(), null, form.version)) {
      return literal;
    }
    return literal.equals(plain)
        ? map("$ref", commonTypes + common)
        : map("oneOf", List.of(literal, map("$ref", commonTypes + "DataBinding"),
            map("$ref", commonTypes + "FunctionCall")));
  }

  /** @param idDef the common type of a component id where the type is a string that holds one, else null */
  private Map<String, Object> typeSchema(TypeUse use, String idDef) {
    JsonType type = use.type();
    if (type instanceof JsonType.OptionalOf) {
      return typeSchema(((JsonType.OptionalOf) type).element(), idDef);
    }
    if (type instanceof JsonType.Scalar) {
      return scalar(((JsonType.Scalar) type).scalar(), idDef);
    }
    if (type instanceof JsonType.EnumType) {
      // The constants of this version only (v1.0's Text has no heading variants).
      List<Object> names = new ArrayList<>();
      for (JsonType.EnumConstant constant : ((JsonType.EnumType) type).constants()) {
        if (A2uiVersionNames.has(constant.since(), constant.until(), form.version)) {
          names.add(constant.jsonName());
        }
      }
      return map("type", "string", "enum", names);
    }
    if (type instanceof JsonType.Sequence) {
      JsonType.Sequence sequence = (JsonType.Sequence) type;
      // Each of several ids is a ComponentId: v1.0's Child names a single child.
      Map<String, Object> schema = map("type", "array", "items",
          typeSchema(sequence.element(), idDef == null ? null : "ComponentId"));
      if (sequence.sequence() == JsonType.SequenceKind.SET) {
        schema.put("uniqueItems", true);
      }
      return schema;
    }
    if (type instanceof JsonType.MapOf) {
      return map("type", "object", "additionalProperties", typeSchema(((JsonType.MapOf) type).value(), idDef));
    }
    return widget(((JsonType.WidgetRef) type).name());
  }

  private Map<String, Object> scalar(ScalarKind kind, String idDef) {
    switch (kind) {
      case STRING:
      case CHAR:
        return idDef != null ? map("$ref", commonTypes + idDef) : map("type", "string");
      case BOOLEAN:
        return map("type", "boolean");
      case LOCAL_DATE:
        return map("type", "string", "format", "date");
      case OFFSET_DATE_TIME:
      case INSTANT:
        return map("type", "string", "format", "date-time");
      case LOCAL_DATE_TIME:
        return map("type", "string");
      case JSON_NODE:
        return new LinkedHashMap<>();
      default:
        return map("type", kind.isIntegral() ? "integer" : "number");
    }
  }

  /** A2UI's own types by reference; any other widget inline, as the official catalog writes its props. */
  private Map<String, Object> widget(JavaName name) {
    String common = COMMON.get(name.canonicalName());
    if (common != null) {
      return map("$ref", commonTypes + common);
    }
    WidgetModel model = models.apply(name);
    if (model == null || !inlining.add(name)) {
      // Another compilation's widget, or one that holds itself: left open.
      return new LinkedHashMap<>();
    }
    try {
      if (model instanceof WidgetModel.UnionWidget) {
        List<Object> members = new ArrayList<>();
        for (WidgetModel.UnionMember member : ((WidgetModel.UnionWidget) model).members()) {
          members.add(widget(member.name()));
        }
        return map("oneOf", members);
      }
      WidgetModel.RecordWidget record = (WidgetModel.RecordWidget) model;
      if (record.valueRecord()) {
        return typeSchema(record.properties().get(0).type(), null);
      }
      if (isBinding(record)) {
        return map("$ref", commonTypes + "DataBinding");
      }
      return record(record);
    } finally {
      inlining.remove(name);
    }
  }

  private Map<String, Object> record(WidgetModel.RecordWidget record) {
    CatalogModel.Extras extras = extras(record.name());
    Map<String, Object> properties = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    if (record.tag() != null) {
      properties.put(record.discriminator(), map("const", record.tag()));
      required.add(record.discriminator());
    }
    for (Property property : record.properties()) {
      if (!exists(property)) {
        continue;
      }
      properties.put(property.jsonName(), property(property, extras));
      if (property.required()) {
        required.add(property.jsonName());
      }
    }
    Map<String, Object> schema = map("type", "object", "properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("additionalProperties", false);
    return merge(schema, extras.schema());
  }

  /** A record that is {@code {"path": <pointer>}} and nothing else: a binding. */
  private static boolean isBinding(WidgetModel.RecordWidget record) {
    if (record.tag() != null || record.properties().size() != 1) {
      return false;
    }
    Property property = record.properties().get(0);
    return property.jsonName().equals("path") && property.required()
        && property.type().type() instanceof JsonType.Scalar
        && ((JsonType.Scalar) property.type().type()).scalar() == ScalarKind.STRING;
  }

  CatalogModel.Extras extras(JavaName record) {
    CatalogModel.Extras extras = catalog.extras().get(record);
    return extras != null ? extras : new CatalogModel.Extras(null, Map.of());
  }

  /**
   * {@code schema} with the keys of {@code text} put in it, those whose value is null taken out,
   * when this form's version takes it. The text names the common types at their v0.9 ids; they are
   * named as this form names them.
   */
  @SuppressWarnings("unchecked") // @A2uiSchema text is a JSON object: checked when read
  Map<String, Object> merge(Map<String, Object> schema, CatalogModel.SchemaText text) {
    if (text == null || (text.since() != null && VERSIONS.indexOf(text.since()) > VERSIONS.indexOf(form.version))) {
      return schema;
    }
    Object parsed = relocated(JsonParser.parse(text.text()), CatalogDocument.COMMON_TYPES, commonTypes);
    for (Map.Entry<String, Object> entry : ((Map<String, Object>) parsed).entrySet()) {
      if (entry.getValue() == null) {
        schema.remove(entry.getKey());
      } else {
        schema.put(entry.getKey(), entry.getValue());
      }
    }
    return schema;
  }

  /** The JSON type a schema's values have, for a default written as text: its type, or that of a common type. */
  private Object kindOf(Map<String, Object> schema) {
    Object ref = schema.get("$ref");
    if ((commonTypes + "DynamicNumber").equals(ref)) {
      return "number";
    }
    if ((commonTypes + "DynamicBoolean").equals(ref)) {
      return "boolean";
    }
    return schema.get("type");
  }

  private static Object typedDefault(String text, Object type) {
    if ("number".equals(type) || "integer".equals(type)) {
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        return text;
      }
    }
    if ("boolean".equals(type) && (text.equals("true") || text.equals("false"))) {
      return Boolean.valueOf(text);
    }
    return text;
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
