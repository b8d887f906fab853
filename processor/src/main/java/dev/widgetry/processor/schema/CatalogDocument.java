package dev.widgetry.processor.schema;

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
 * The A2UI v0.9 catalog document of a catalog: {@code catalogId}, a JSON Schema per component in
 * the shape of the official {@code catalog.json} (the common props by reference, the own props
 * inline, nothing else allowed; no prop of a later version, {@code @A2uiSince}), the functions, and
 * the theme. The common types are referenced at their official ids, so the document reads with the
 * official {@code common_types.json}.
 */
public final class CatalogDocument {
  public static final String COMMON_TYPES = "https://a2ui.org/specification/v0_9/common_types.json#/$defs/";
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
  /** Props every component has, described by {@code ComponentCommon}, {@code CatalogComponentCommon}, {@code Checkable}. */
  private static final Set<String> COMMON_PROPS = Set.of("id", "accessibility", "weight", "checks");

  private final CatalogModel catalog;
  private final Function<JavaName, WidgetModel> models;
  private final Set<JavaName> inlining = new HashSet<>();

  private CatalogDocument(CatalogModel catalog, Function<JavaName, WidgetModel> models) {
    this.catalog = catalog;
    this.models = models;
  }

  /**
   * The document of {@code catalog}.
   *
   * @param models the model of a widget of this compilation, or null
   * @param parent the document of the catalog it extends, whose components and functions come
   *     first; null when it extends none
   */
  public static Map<String, Object> of(
      CatalogModel catalog, Function<JavaName, WidgetModel> models, Map<String, Object> parent) {
    return new CatalogDocument(catalog, models).build(parent);
  }

  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private Map<String, Object> build(Map<String, Object> parent) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("$schema", SchemaGenerator.DIALECT);
    document.put("$id", catalog.id());
    document.put("title", catalog.title());
    if (!catalog.description().isEmpty()) {
      document.put("description", catalog.description());
    }
    document.put("catalogId", catalog.id());
    Map<String, Object> components = new LinkedHashMap<>();
    Map<String, Object> functions = new LinkedHashMap<>();
    Object theme = null;
    if (parent != null) {
      components.putAll((Map<String, Object>) parent.getOrDefault("components", Map.of()));
      functions.putAll((Map<String, Object>) parent.getOrDefault("functions", Map.of()));
      theme = ((Map<String, Object>) parent.getOrDefault("$defs", Map.of())).get("theme");
    }
    for (CatalogModel.Component component : catalog.components()) {
      components.put(component.tag(), component(component));
    }
    for (CatalogModel.Function function : catalog.functions()) {
      functions.put(function.tag(), function(function));
    }
    if (!catalog.theme().isEmpty()) {
      theme = JsonParser.parse(catalog.theme());
    }
    document.put("components", components);
    if (!functions.isEmpty()) {
      document.put("functions", functions);
    }
    Map<String, Object> defs = new LinkedHashMap<>();
    defs.put("CatalogComponentCommon", object(Map.of("weight", map("type", "number", "description",
        "The relative weight of this component within a Row or Column. This is similar to the CSS 'flex-grow'"
            + " property. Note: this may ONLY be set when the component is a direct descendant of a Row or Column."))));
    if (theme != null) {
      defs.put("theme", theme);
    }
    defs.put("anyComponent", map("oneOf", refs("#/components/", components.keySet()),
        "discriminator", map("propertyName", "component")));
    if (!functions.isEmpty()) {
      defs.put("anyFunction", map("oneOf", refs("#/functions/", functions.keySet())));
    }
    document.put("$defs", defs);
    return document;
  }

  private Map<String, Object> component(CatalogModel.Component component) {
    WidgetModel.RecordWidget record = (WidgetModel.RecordWidget) models.apply(component.record());
    CatalogModel.Extras extras = extras(record.name());
    List<Object> allOf = new ArrayList<>();
    allOf.add(map("$ref", COMMON_TYPES + "ComponentCommon"));
    allOf.add(map("$ref", "#/$defs/CatalogComponentCommon"));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("component", map("const", component.tag()));
    List<Object> required = new ArrayList<>();
    required.add("component");
    for (Property property : record.properties()) {
      if (property.jsonName().equals("checks")) {
        allOf.add(map("$ref", COMMON_TYPES + "Checkable"));
      }
      if (COMMON_PROPS.contains(property.jsonName()) || !FirstVersionProps.inFirstVersion(property)) {
        continue;
      }
      properties.put(property.jsonName(), property(property, extras));
      if (property.required()) {
        required.add(property.jsonName());
      }
    }
    allOf.add(map("type", "object", "properties", properties, "required", required));
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    if (!record.description().isEmpty()) {
      schema.put("description", record.description());
    }
    schema.put("allOf", allOf);
    schema.put("unevaluatedProperties", false);
    return schema;
  }

  private Map<String, Object> function(CatalogModel.Function function) {
    WidgetModel.RecordWidget record = (WidgetModel.RecordWidget) models.apply(function.record());
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("call", map("const", function.tag()));
    for (Property property : record.properties()) {
      if (property.jsonName().equals("args")) {
        properties.put("args", arguments(property));
      }
    }
    if (function.returnType() != null) {
      properties.put("returnType", map("const", function.returnType()));
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    if (!record.description().isEmpty()) {
      schema.put("description", record.description());
    }
    schema.put("properties", properties);
    schema.put("required", List.of("call", "args"));
    schema.put("unevaluatedProperties", false);
    return schema;
  }

  /** A function's arguments: closed by {@code unevaluatedProperties}, so merged conditions still hold. */
  private Map<String, Object> arguments(Property args) {
    Map<String, Object> schema = typeSchema(args.type(), false);
    if (schema.remove("additionalProperties") != null) {
      schema.put("unevaluatedProperties", false);
    }
    return schema;
  }

  private Map<String, Object> property(Property property, CatalogModel.Extras owner) {
    CatalogModel.PropExtras extras = owner.props().get(property.jsonName());
    boolean componentRef = extras != null && extras.componentRef();
    Map<String, Object> schema = new LinkedHashMap<>();
    if (!property.description().isEmpty()) {
      schema.put("description", property.description());
    }
    schema.putAll(typeSchema(property.type(), componentRef));
    if (extras != null && extras.defaultValue() != null) {
      schema.put("default", typedDefault(extras.defaultValue(), kindOf(schema)));
    }
    return merge(schema, extras == null ? null : extras.schema());
  }

  private Map<String, Object> typeSchema(TypeUse use, boolean componentRef) {
    JsonType type = use.type();
    if (type instanceof JsonType.OptionalOf) {
      return typeSchema(((JsonType.OptionalOf) type).element(), componentRef);
    }
    if (type instanceof JsonType.Scalar) {
      return scalar(((JsonType.Scalar) type).scalar(), componentRef);
    }
    if (type instanceof JsonType.EnumType) {
      List<Object> names = new ArrayList<>();
      ((JsonType.EnumType) type).constants().forEach(constant -> names.add(constant.jsonName()));
      return map("type", "string", "enum", names);
    }
    if (type instanceof JsonType.Sequence) {
      JsonType.Sequence sequence = (JsonType.Sequence) type;
      Map<String, Object> schema = map("type", "array", "items", typeSchema(sequence.element(), componentRef));
      if (sequence.sequence() == JsonType.SequenceKind.SET) {
        schema.put("uniqueItems", true);
      }
      return schema;
    }
    if (type instanceof JsonType.MapOf) {
      return map("type", "object", "additionalProperties", typeSchema(((JsonType.MapOf) type).value(), componentRef));
    }
    return widget(((JsonType.WidgetRef) type).name());
  }

  private static Map<String, Object> scalar(ScalarKind kind, boolean componentRef) {
    switch (kind) {
      case STRING:
      case CHAR:
        return componentRef ? map("$ref", COMMON_TYPES + "ComponentId") : map("type", "string");
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
      return map("$ref", COMMON_TYPES + common);
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
        return typeSchema(record.properties().get(0).type(), false);
      }
      if (isBinding(record)) {
        return map("$ref", COMMON_TYPES + "DataBinding");
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
      if (!FirstVersionProps.inFirstVersion(property)) {
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

  private CatalogModel.Extras extras(JavaName record) {
    CatalogModel.Extras extras = catalog.extras().get(record);
    return extras != null ? extras : new CatalogModel.Extras(null, Map.of());
  }

  /** {@code schema} with the keys of {@code text} put in it, those whose value is null taken out. */
  @SuppressWarnings("unchecked") // @A2uiSchema text is a JSON object: checked when read
  private static Map<String, Object> merge(Map<String, Object> schema, String text) {
    if (text == null) {
      return schema;
    }
    for (Map.Entry<String, Object> entry : ((Map<String, Object>) JsonParser.parse(text)).entrySet()) {
      if (entry.getValue() == null) {
        schema.remove(entry.getKey());
      } else {
        schema.put(entry.getKey(), entry.getValue());
      }
    }
    return schema;
  }

  /** The JSON type a schema's values have, for a default written as text: its type, or that of a common type. */
  private static Object kindOf(Map<String, Object> schema) {
    Object ref = schema.get("$ref");
    if ((COMMON_TYPES + "DynamicNumber").equals(ref)) {
      return "number";
    }
    if ((COMMON_TYPES + "DynamicBoolean").equals(ref)) {
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

  private static List<Object> refs(String prefix, Set<String> names) {
    List<Object> refs = new ArrayList<>();
    names.forEach(name -> refs.add(map("$ref", prefix + name)));
    return refs;
  }

  private static Map<String, Object> object(Map<String, Object> properties) {
    return map("type", "object", "properties", new LinkedHashMap<>(properties));
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
