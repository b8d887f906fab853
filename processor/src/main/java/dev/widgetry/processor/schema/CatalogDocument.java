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
 * The A2UI catalog document of a catalog, in the form of one A2UI version's official
 * {@code catalog.json}: {@code catalogId}, a JSON Schema per component, the functions. Each form
 * holds the props of its version only ({@code @A2uiSince}, {@code @A2uiUntil}).
 *
 * <ul>
 *   <li>v0.9: every component closed by {@code allOf} of the common props and its own, with
 *       {@code unevaluatedProperties: false}; the functions closed the same way, their
 *       {@code returnType} a constant prop; the theme in {@code $defs}.
 *   <li>v1.0: a {@code protocolVersion}; each component only its own props and {@code weight}
 *       ({@code Checkable} mixed in where it has {@code checks}), which the envelope joins with the
 *       common props; a single component id is a {@code Child}; each function's {@code returnType}
 *       beside its schema; the {@code instructions}; no theme, which v1.0's catalog definition
 *       does not allow.
 * </ul>
 *
 * <p>The common types are referenced at their official ids, so the document reads with the
 * official {@code common_types.json}; the v1.0 basic catalog, like the official file, names it
 * relative to its own id, where A2UI publishes the two side by side.
 */
public final class CatalogDocument {
  public static final String COMMON_TYPES = "https://a2ui.org/specification/v0_9/common_types.json#/$defs/";
  private static final String COMMON_TYPES_V1 = "https://a2ui.org/specification/v1_0/common_types.json#/$defs/";
  private static final String COMMON_TYPES_V1_BESIDE = "common_types.json#/$defs/";
  /**
   * The basic catalog's id in each version: the processor names the v0.9 one (the basic union's
   * {@code @A2uiCatalog}); the runtime's {@code A2uiVersion.V1_0} writes the same pair.
   */
  private static final String BASIC_ID = "https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json";
  private static final String BASIC_ID_V1 = "https://a2ui.org/specification/v1_0/catalogs/basic/catalog.json";
  /** The versions a prop's {@code @A2uiSince} and {@code @A2uiUntil} name, in order. */
  private static final List<String> VERSIONS = List.of("V0_9", "V1_0");
  private static final String WEIGHT_DESCRIPTION = "The relative weight of this component within a Row or Column."
      + " This is similar to the CSS 'flex-grow' property. Note: this may ONLY be set when the component is a direct"
      + " descendant of a Row or Column.";
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
  private static final Set<String> COMMON_PROPS =
      Set.of("id", "accessibility", "weight", "checks", "catalogId", "metadata");

  /** The form of one version: its name in version gates, and the common type of a single component id. */
  private enum Form {
    V0_9("V0_9", "ComponentId"),
    V1_0("V1_0", "Child");

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

  private CatalogDocument(CatalogModel catalog, Function<JavaName, WidgetModel> models, Form form) {
    this.catalog = catalog;
    this.models = models;
    this.form = form;
    this.commonTypes = form == Form.V0_9 ? COMMON_TYPES
        : catalog.id().equals(BASIC_ID) ? COMMON_TYPES_V1_BESIDE : COMMON_TYPES_V1;
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
    return new CatalogDocument(catalog, models, Form.V0_9).build(parent);
  }

  /**
   * The v1.0 document of {@code catalog}, as {@link #of} the v0.9 one.
   *
   * @param parent the v1.0 document of the catalog it extends, or null
   */
  public static Map<String, Object> v1(
      CatalogModel catalog, Function<JavaName, WidgetModel> models, Map<String, Object> parent) {
    return new CatalogDocument(catalog, models, Form.V1_0).buildV1(parent);
  }

  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private Map<String, Object> buildV1(Map<String, Object> parent) {
    String id = catalog.id().equals(BASIC_ID) ? BASIC_ID_V1 : catalog.id();
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("$schema", SchemaGenerator.DIALECT);
    document.put("$id", id);
    document.put("protocolVersion", "1.0");
    document.put("title", catalog.title());
    if (!catalog.description().isEmpty()) {
      document.put("description", catalog.description());
    }
    document.put("catalogId", id);
    if (!catalog.instructions().isEmpty()) {
      document.put("instructions", catalog.instructions());
    }
    Map<String, Object> components = new LinkedHashMap<>();
    Map<String, Object> functions = new LinkedHashMap<>();
    if (parent != null) {
      // The basic document names common_types.json beside itself; this one may sit elsewhere.
      components.putAll((Map<String, Object>) relocated(parent.getOrDefault("components", Map.of()),
          COMMON_TYPES_V1_BESIDE, commonTypes));
      functions.putAll((Map<String, Object>) relocated(parent.getOrDefault("functions", Map.of()),
          COMMON_TYPES_V1_BESIDE, commonTypes));
    }
    for (CatalogModel.Component component : catalog.components()) {
      components.put(component.tag(), componentV1(component));
    }
    for (CatalogModel.Function function : catalog.functions()) {
      functions.put(function.tag(), functionV1(function));
    }
    document.put("components", components);
    if (!functions.isEmpty()) {
      document.put("functions", functions);
    }
    Map<String, Object> defs = new LinkedHashMap<>();
    defs.put("anyComponent", map("oneOf", refs("#/components/", components.keySet()),
        "discriminator", map("propertyName", "component")));
    // The catalog definition requires anyFunction; with no function, no call is valid.
    defs.put("anyFunction", functions.isEmpty() ? false : map("oneOf", refs("#/functions/", functions.keySet())));
    document.put("$defs", defs);
    return document;
  }

  private Map<String, Object> componentV1(CatalogModel.Component component) {
    WidgetModel.RecordWidget record = (WidgetModel.RecordWidget) models.apply(component.record());
    CatalogModel.Extras extras = extras(record.name());
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("component", map("const", component.tag()));
    List<Object> required = new ArrayList<>();
    required.add("component");
    boolean checkable = false;
    for (Property property : record.properties()) {
      checkable |= property.jsonName().equals("checks");
      if (COMMON_PROPS.contains(property.jsonName()) || !exists(property)) {
        continue;
      }
      properties.put(property.jsonName(), property(property, extras));
      if (property.required()) {
        required.add(property.jsonName());
      }
    }
    properties.put("weight", map("type", "number", "description", WEIGHT_DESCRIPTION));
    Map<String, Object> own = map("type", "object", "properties", properties, "required", required);
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    if (!record.description().isEmpty()) {
      schema.put("description", record.description());
    }
    if (checkable) {
      schema.put("allOf", List.of(map("$ref", commonTypes + "Checkable"), own));
    } else {
      schema.put("properties", properties);
      schema.put("required", required);
    }
    return schema;
  }

  private Map<String, Object> functionV1(CatalogModel.Function function) {
    WidgetModel.RecordWidget record = (WidgetModel.RecordWidget) models.apply(function.record());
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    if (!record.description().isEmpty()) {
      schema.put("description", record.description());
    }
    if (function.returnType() != null) {
      schema.put("returnType", function.returnType());
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("call", map("const", function.tag()));
    for (Property property : record.properties()) {
      if (property.jsonName().equals("args")) {
        properties.put("args", arguments(property));
      }
    }
    schema.put("properties", properties);
    schema.put("required", List.of("call", "args"));
    return merge(schema, extras(record.name()).schema());
  }

  /** A copy of {@code node} whose references that start with {@code from} start with {@code to} instead. */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Object relocated(Object node, String from, String to) {
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
  private boolean exists(Property property) {
    int version = VERSIONS.indexOf(form.version);
    return (property.since() == null || VERSIONS.indexOf(property.since()) <= version)
        && (property.until() == null || version <= VERSIONS.indexOf(property.until()));
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
    allOf.add(map("$ref", commonTypes + "ComponentCommon"));
    allOf.add(map("$ref", "#/$defs/CatalogComponentCommon"));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("component", map("const", component.tag()));
    List<Object> required = new ArrayList<>();
    required.add("component");
    for (Property property : record.properties()) {
      if (property.jsonName().equals("checks")) {
        allOf.add(map("$ref", commonTypes + "Checkable"));
      }
      if (COMMON_PROPS.contains(property.jsonName()) || !exists(property)) {
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
    return merge(schema, extras(record.name()).schema());
  }

  /** A function's arguments: closed by {@code unevaluatedProperties}, so merged conditions still hold. */
  private Map<String, Object> arguments(Property args) {
    Map<String, Object> schema = typeSchema(args.type(), null);
    if (schema.remove("additionalProperties") != null) {
      schema.put("unevaluatedProperties", false);
    }
    return schema;
  }

  private Map<String, Object> property(Property property, CatalogModel.Extras owner) {
    CatalogModel.PropExtras extras = owner.props().get(property.jsonName());
    String idDef = extras != null && extras.componentRef() ? form.singleId : null;
    Map<String, Object> schema = new LinkedHashMap<>();
    if (!property.description().isEmpty()) {
      schema.put("description", property.description());
    }
    schema.putAll(typeSchema(property.type(), idDef));
    if (extras != null && extras.defaultValue() != null) {
      schema.put("default", typedDefault(extras.defaultValue(), kindOf(schema)));
    }
    return merge(schema, extras == null ? null : extras.schema());
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
      List<Object> names = new ArrayList<>();
      ((JsonType.EnumType) type).constants().forEach(constant -> names.add(constant.jsonName()));
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

  private CatalogModel.Extras extras(JavaName record) {
    CatalogModel.Extras extras = catalog.extras().get(record);
    return extras != null ? extras : new CatalogModel.Extras(null, Map.of());
  }

  /**
   * {@code schema} with the keys of {@code text} put in it, those whose value is null taken out,
   * when this form's version takes it. The text names the common types at their v0.9 ids; they are
   * named as this form names them.
   */
  @SuppressWarnings("unchecked") // @A2uiSchema text is a JSON object: checked when read
  private Map<String, Object> merge(Map<String, Object> schema, CatalogModel.SchemaText text) {
    if (text == null || (text.since() != null && VERSIONS.indexOf(text.since()) > VERSIONS.indexOf(form.version))) {
      return schema;
    }
    Object parsed = relocated(JsonParser.parse(text.text()), COMMON_TYPES, commonTypes);
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
