package dev.widgetry.processor.schema;

import static dev.widgetry.processor.schema.CatalogSchemas.map;

import dev.widgetry.processor.model.CatalogModel;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.WidgetModel;
import java.util.ArrayList;
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
  private static final String WEIGHT_DESCRIPTION = "The relative weight of this component within a Row or Column."
      + " This is similar to the CSS 'flex-grow' property. Note: this may ONLY be set when the component is a direct"
      + " descendant of a Row or Column.";
  /**
   * Props every component has, described by {@code ComponentCommon} (v1.0's has {@code catalogId} and
   * {@code metadata} too), {@code CatalogComponentCommon} or v1.0's {@code weight}, and {@code Checkable}.
   */
  private static final Set<String> COMMON_PROPS =
      Set.of("id", "accessibility", "weight", "checks", "catalogId", "metadata");

  private final CatalogModel catalog;
  private final Function<JavaName, WidgetModel> models;
  private final String commonTypes;
  private final CatalogSchemas schemas;

  private CatalogDocument(CatalogModel catalog, Function<JavaName, WidgetModel> models, CatalogSchemas.Form form) {
    this.catalog = catalog;
    this.models = models;
    this.commonTypes = form == CatalogSchemas.Form.V0_9 ? COMMON_TYPES
        : catalog.id().equals(BASIC_ID) ? COMMON_TYPES_V1_BESIDE : COMMON_TYPES_V1;
    this.schemas = new CatalogSchemas(catalog, models, form, commonTypes);
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
    return new CatalogDocument(catalog, models, CatalogSchemas.Form.V0_9).build(parent);
  }

  /**
   * The v1.0 document of {@code catalog}, as {@link #of} the v0.9 one.
   *
   * @param parent the v1.0 document of the catalog it extends, or null
   */
  public static Map<String, Object> v1(
      CatalogModel catalog, Function<JavaName, WidgetModel> models, Map<String, Object> parent) {
    return new CatalogDocument(catalog, models, CatalogSchemas.Form.V1_0).buildV1(parent);
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
      components.putAll((Map<String, Object>) CatalogSchemas.relocated(parent.getOrDefault("components", Map.of()),
          COMMON_TYPES_V1_BESIDE, commonTypes));
      functions.putAll((Map<String, Object>) CatalogSchemas.relocated(parent.getOrDefault("functions", Map.of()),
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
    OwnProps own = ownProps(component, record);
    own.properties().put("weight", map("type", "number", "description", WEIGHT_DESCRIPTION));
    Map<String, Object> schema = objectSchema(record);
    if (own.checkable()) {
      schema.put("allOf", List.of(map("$ref", commonTypes + "Checkable"),
          map("type", "object", "properties", own.properties(), "required", own.required())));
    } else {
      schema.put("properties", own.properties());
      schema.put("required", own.required());
    }
    return schema;
  }

  private Map<String, Object> functionV1(CatalogModel.Function function) {
    WidgetModel.RecordWidget record = (WidgetModel.RecordWidget) models.apply(function.record());
    Map<String, Object> schema = objectSchema(record);
    // v1.0 requires one; a function whose record names none may return anything.
    schema.put("returnType", function.returnType() != null ? function.returnType() : "any");
    schema.put("properties", callProperties(function, record));
    schema.put("required", List.of("call", "args"));
    return schemas.merge(schema, schemas.extras(record.name()).schema());
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
        WEIGHT_DESCRIPTION))));
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
    OwnProps own = ownProps(component, record);
    List<Object> allOf = new ArrayList<>();
    allOf.add(map("$ref", commonTypes + "ComponentCommon"));
    allOf.add(map("$ref", "#/$defs/CatalogComponentCommon"));
    if (own.checkable()) {
      allOf.add(map("$ref", commonTypes + "Checkable"));
    }
    allOf.add(map("type", "object", "properties", own.properties(), "required", own.required()));
    Map<String, Object> schema = objectSchema(record);
    schema.put("allOf", allOf);
    schema.put("unevaluatedProperties", false);
    return schema;
  }

  private Map<String, Object> function(CatalogModel.Function function) {
    WidgetModel.RecordWidget record = (WidgetModel.RecordWidget) models.apply(function.record());
    Map<String, Object> properties = callProperties(function, record);
    if (function.returnType() != null) {
      properties.put("returnType", map("const", function.returnType()));
    }
    Map<String, Object> schema = objectSchema(record);
    schema.put("properties", properties);
    schema.put("required", List.of("call", "args"));
    schema.put("unevaluatedProperties", false);
    return schemas.merge(schema, schemas.extras(record.name()).schema());
  }

  /** A component's props in its schema: {@code component} (its tag) first, then its own, the common ones left out. */
  private record OwnProps(Map<String, Object> properties, List<Object> required, boolean checkable) {}

  private OwnProps ownProps(CatalogModel.Component component, WidgetModel.RecordWidget record) {
    CatalogModel.Extras extras = schemas.extras(record.name());
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("component", map("const", component.tag()));
    List<Object> required = new ArrayList<>();
    required.add("component");
    boolean checkable = false;
    for (Property property : record.properties()) {
      checkable |= property.jsonName().equals("checks");
      if (COMMON_PROPS.contains(property.jsonName()) || !schemas.exists(property)) {
        continue;
      }
      properties.put(property.jsonName(), schemas.property(property, extras));
      if (property.required()) {
        required.add(property.jsonName());
      }
    }
    return new OwnProps(properties, required, checkable);
  }

  /** A function call's properties: {@code call} (the function's tag) and its {@code args}. */
  private Map<String, Object> callProperties(CatalogModel.Function function, WidgetModel.RecordWidget record) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("call", map("const", function.tag()));
    Property args = record.property("args");
    if (args != null) {
      properties.put("args", schemas.arguments(args));
    }
    return properties;
  }

  /** An object's schema, with the record's description when it has one. */
  private static Map<String, Object> objectSchema(WidgetModel.RecordWidget record) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    if (!record.description().isEmpty()) {
      schema.put("description", record.description());
    }
    return schema;
  }

  private static List<Object> refs(String prefix, Set<String> names) {
    List<Object> refs = new ArrayList<>();
    names.forEach(name -> refs.add(map("$ref", prefix + name)));
    return refs;
  }

  private static Map<String, Object> object(Map<String, Object> properties) {
    return map("type", "object", "properties", new LinkedHashMap<>(properties));
  }
}
