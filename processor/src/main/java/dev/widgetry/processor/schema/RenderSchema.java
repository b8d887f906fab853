package dev.widgetry.processor.schema;

import dev.widgetry.schema.internal.StrictSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The strict structured-output schema of "render a surface with this catalog": {@code {"messages":
 * [...]}} of the four server messages of A2UI v0.9 or v1.0, whose components are the catalog's, in the subset
 * OpenAI's strict mode accepts (closed objects, every property required, optional ones nullable,
 * {@code anyOf} and {@code $defs} only). The components come from the strict schema of the
 * catalog's union, which the records give; a catalog that extends the basic one takes the basic
 * components and common types from the basic catalog's own render schema.
 *
 * <p>The data model is narrowed to what the subset can say: each {@code updateDataModel} sets one
 * path to a string, number, boolean, list of those, or null (any JSON object would need an open
 * object, which strict mode refuses). An event's context, a map, is the list of its entries, as
 * {@link StrictSchema} gives every map.
 */
public final class RenderSchema {
  /** The prefix of the definitions this class adds, apart from the records' simple names. */
  static final String OWN = "a2ui.";
  private static final String VERSION = "v0.9";
  private static final String VERSION_V1 = "v1.0";
  /** The {@code format}s strict mode accepts; others are left out (their text is still checked by the parser). */
  private static final Set<String> FORMATS =
      Set.of("date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid");

  private RenderSchema() {}

  /** {@code AcmeComponent.a2ui-render.strict.schema.json}. */
  public static String resource(String unionNestedName) {
    return unionNestedName + ".a2ui-render.strict.schema.json";
  }

  /** {@code AcmeComponent.a2ui-render.tool.json}. */
  public static String toolResource(String unionNestedName) {
    return unionNestedName + ".a2ui-render.tool.json";
  }

  /** {@code AcmeComponent.a2ui-render.v1_0.strict.schema.json}. */
  public static String resourceV1(String unionNestedName) {
    return unionNestedName + ".a2ui-render.v1_0.strict.schema.json";
  }

  /** {@code AcmeComponent.a2ui-render.v1_0.tool.json}. */
  public static String toolResourceV1(String unionNestedName) {
    return unionNestedName + ".a2ui-render.v1_0.tool.json";
  }

  /**
   * The v0.9 render schema.
   *
   * @param catalogId the catalog's id, the one {@code catalogId} a surface may name
   * @param unionName the union's simple name, to tell its definitions from the basic ones
   * @param components the strict schema of the catalog's union ({@code anyOf} its components)
   * @param theme the catalog document's theme schema, or null
   * @param basic the basic catalog's render schema when the catalog extends it, or null
   */
  public static Map<String, Object> of(String catalogId, String unionName, Map<String, Object> components,
      Map<String, Object> theme, Map<String, Object> basic) {
    Map<String, Object> create = message(VERSION, "createSurface", object(
        "surfaceId", map("type", "string"),
        "catalogId", map("type", "string", "enum", List.of(catalogId)),
        "theme", theme == null ? map("type", "null") : map("anyOf", List.of(ref("Theme"), map("type", "null"))),
        "sendDataModel", map("type", List.of("boolean", "null"))));
    Map<String, Object> extra = theme == null ? Map.of() : map(OWN + "Theme", StrictSchema.of(theme));
    return schema(VERSION, "A2UI " + VERSION + " messages that render surfaces with the catalog " + catalogId
        + ": createSurface first, then updateComponents (one component has the id \"root\"), and updateDataModel"
        + " for each value the components bind to.", unionName, components, basic, create, extra);
  }

  /**
   * The v1.0 render schema: v1.0's version, a {@code createSurface} that may bring the surface's
   * first components and data model (no theme, which v1.0 has not), and calls without
   * {@code returnType}, which v1.0's schemas refuse. The data model it brings is narrowed as an
   * {@code updateDataModel}'s value is: the list of its top-level entries, each a scalar or a list
   * of scalars.
   *
   * @param catalogId the id a v1.0 {@code createSurface} names the catalog by
   * @param components the strict schema of the catalog's union with v1.0's props ({@link VersionProps})
   * @param basic the basic catalog's v1.0 render schema when the catalog extends it, or null
   */
  public static Map<String, Object> v1(String catalogId, String unionName, Map<String, Object> components,
      Map<String, Object> basic) {
    Map<String, Object> create = message(VERSION_V1, "createSurface", object(
        "surfaceId", map("type", "string"),
        "catalogId", map("type", "string", "enum", List.of(catalogId)),
        "sendDataModel", map("type", List.of("boolean", "null")),
        "components", map("description", "the surface's first components, or null to send them in updateComponents",
            "anyOf", List.of(components(), map("type", "null"))),
        "dataModel", map("description", "the surface's first data model, or null to send it in updateDataModel. The"
            + " data model is an object, written as the list of its entries: each key once.",
            "anyOf", List.of(map("type", "array", "items", object("key", map("type", "string"), "value", value())),
                map("type", "null")))));
    return withoutReturnTypes(schema(VERSION_V1, "A2UI " + VERSION_V1 + " messages that render surfaces with the"
        + " catalog " + catalogId + ": createSurface first (it may bring the first components and data model), then"
        + " updateComponents (one component has the id \"root\"), and updateDataModel for each value the components"
        + " bind to.", unionName, components, basic, create, Map.of()));
  }

  /**
   * The document: {@code {"messages": [...]}} of the version's four messages, whose createSurface
   * is {@code create} and which needs the definitions {@code extra} too, with the catalog's
   * components after the basic ones.
   */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Map<String, Object> schema(String version, String description, String unionName,
      Map<String, Object> components, Map<String, Object> basic, Map<String, Object> create,
      Map<String, Object> extra) {
    Map<String, Object> defs = new LinkedHashMap<>();
    List<Object> kinds = new ArrayList<>();
    if (basic != null) {
      ((Map<String, Object>) basic.get("$defs")).forEach((name, def) -> {
        if (!name.startsWith(OWN)) {
          defs.put(name, def);
        }
      });
      kinds.addAll((List<Object>) ((Map<String, Object>) ((Map<String, Object>) basic.get("$defs"))
          .get(OWN + "Component")).get("anyOf"));
    }
    Map<String, String> renamed = new LinkedHashMap<>();
    Map<String, Object> own = (Map<String, Object>) components.getOrDefault("$defs", Map.of());
    own.forEach((name, def) -> {
      if (defs.containsKey(name) && !defs.get(name).equals(def)) {
        renamed.put("#/$defs/" + name, "#/$defs/" + unionName + "." + name);
      }
    });
    own.forEach((name, def) -> {
      String key = renamed.containsKey("#/$defs/" + name) ? unionName + "." + name : name;
      defs.putIfAbsent(key, retarget(def, renamed));
    });
    kinds.addAll((List<Object>) retarget(components.get("anyOf"), renamed));

    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("description", description);
    schema.put("type", "object");
    schema.put("properties", map("messages", map("type", "array", "items", ref("Message"))));
    schema.put("required", List.of("messages"));
    schema.put("additionalProperties", false);
    Map<String, Object> all = new LinkedHashMap<>();
    all.put(OWN + "Message", map("anyOf", List.of(ref("CreateSurfaceMessage"), ref("UpdateComponentsMessage"),
        ref("UpdateDataModelMessage"), ref("DeleteSurfaceMessage"))));
    all.put(OWN + "CreateSurfaceMessage", create);
    all.put(OWN + "UpdateComponentsMessage", message(version, "updateComponents", object(
        "surfaceId", map("type", "string"),
        "components", components())));
    all.put(OWN + "UpdateDataModelMessage", message(version, "updateDataModel", object(
        "surfaceId", map("type", "string"),
        "path", map("description", "a JSON Pointer into the data model, such as /order/total", "type",
            List.of("string", "null")),
        "value", value())));
    all.put(OWN + "DeleteSurfaceMessage", message(version, "deleteSurface", object("surfaceId", map("type", "string"))));
    all.putAll(extra);
    all.put(OWN + "Component", map("anyOf", kinds));
    all.putAll(defs);
    schema.put("$defs", all);
    return (Map<String, Object>) withoutUnsupported(schema, false);
  }

  private static Map<String, Object> components() {
    return map("type", "array", "items", ref("Component"), "minItems", 1);
  }

  /** A value the data model holds, narrowed to what the subset can say; null deletes. */
  private static Map<String, Object> value() {
    return map("anyOf", List.of(map("type", List.of("string", "number", "boolean", "null")),
        map("type", "array", "items", map("type", List.of("string", "number", "boolean")))));
  }

  /**
   * The document without the {@code returnType} of its calls (a definition whose {@code call} is
   * one name, {@code args} beside it), which v1.0 leaves out: the function says its return type;
   * and without the definitions only those used.
   */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Map<String, Object> withoutReturnTypes(Map<String, Object> schema) {
    Map<String, Object> defs = (Map<String, Object>) schema.get("$defs");
    defs.replaceAll((name, def) -> {
      Map<String, Object> definition = (Map<String, Object>) def;
      Object properties = definition.get("properties");
      if (!(properties instanceof Map) || !((Map<String, Object>) properties).containsKey("call")
          || !((Map<String, Object>) properties).containsKey("returnType")) {
        return def;
      }
      Map<String, Object> copy = new LinkedHashMap<>(definition);
      Map<String, Object> props = new LinkedHashMap<>((Map<String, Object>) properties);
      props.remove("returnType");
      copy.put("properties", props);
      List<Object> required = new ArrayList<>((List<Object>) copy.get("required"));
      required.remove("returnType");
      copy.put("required", required);
      return copy;
    });
    defs.keySet().retainAll(VersionProps.used(schema, defs));
    return schema;
  }

  private static Map<String, Object> message(String version, String kind, Map<String, Object> body) {
    return object("version", map("type", "string", "enum", List.of(version)), kind, body);
  }

  private static Map<String, Object> object(Object... namesAndSchemas) {
    Map<String, Object> properties = map(namesAndSchemas);
    return map("type", "object", "properties", properties, "required", new ArrayList<>(properties.keySet()),
        "additionalProperties", false);
  }

  private static Map<String, Object> ref(String own) {
    return map("$ref", "#/$defs/" + OWN + own);
  }

  /** {@code schema} with its references to renamed definitions pointed at their new names. */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Object retarget(Object schema, Map<String, String> renamed) {
    if (renamed.isEmpty()) {
      return schema;
    }
    if (schema instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) schema).forEach((key, value) -> copy.put(key,
          key.equals("$ref") ? renamed.getOrDefault((String) value, (String) value) : retarget(value, renamed)));
      return copy;
    }
    if (schema instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<Object>) schema).forEach(item -> copy.add(retarget(item, renamed)));
      return copy;
    }
    return schema;
  }

  /**
   * The tree without {@code default} and without the {@code format}s strict mode refuses; the keys of
   * {@code properties} and {@code $defs} are names, not keywords, and stay.
   */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Object withoutUnsupported(Object schema, boolean names) {
    if (schema instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) schema).forEach((key, value) -> {
        boolean unsupported = key.equals("default") || key.equals("format") && !FORMATS.contains(value);
        if (names || !unsupported) {
          copy.put(key, withoutUnsupported(value, !names && (key.equals("properties") || key.equals("$defs"))));
        }
      });
      return copy;
    }
    if (schema instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<Object>) schema).forEach(item -> copy.add(withoutUnsupported(item, false)));
      return copy;
    }
    return schema;
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
