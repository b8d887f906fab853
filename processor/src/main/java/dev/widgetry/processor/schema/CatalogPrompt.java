package dev.widgetry.processor.schema;

import dev.widgetry.schema.internal.JsonPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compact prompt text of a catalog: how a surface is sent, then one entry per component (its
 * description and props, required ones marked {@code *}, enums spelled out, defaults given) and
 * per function, read from the catalog document the records produced, so it cannot drift from
 * what the parser accepts. Each A2UI version has its own, from its own document.
 */
public final class CatalogPrompt {
  private static final String COMMON = "https://a2ui.org/specification/v0_9/common_types.json#/$defs/";
  private static final String COMMON_V1 = "https://a2ui.org/specification/v1_0/common_types.json#/$defs/";
  private static final String COMMON_V1_BESIDE = "common_types.json#/$defs/";

  private CatalogPrompt() {}

  /** {@code AcmeComponent.a2ui-prompt.txt}. */
  public static String resource(String unionNestedName) {
    return unionNestedName + ".a2ui-prompt.txt";
  }

  /** {@code AcmeComponent.a2ui-prompt.v1_0.txt}. */
  public static String resourceV1(String unionNestedName) {
    return unionNestedName + ".a2ui-prompt.v1_0.txt";
  }

  /** The prompt text of a v0.9 catalog document. */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  public static String of(Map<String, Object> document) {
    StringBuilder text = new StringBuilder();
    String id = heading(text, "v0.9", document);
    text.append("""
        Send {"messages": [...]}: {"version": "v0.9", "createSurface": {"surfaceId", "catalogId": "%s"}} first, \
        then {"version": "v0.9", "updateComponents": {"surfaceId", "components": [...]}}, and \
        {"version": "v0.9", "updateDataModel": {"surfaceId", "path", "value"}} for the data the components bind to.
        A component is {"id", "component": <its name>, ...its props}; exactly one has the id "root", and the \
        others are named by id from their parents (never inline). Every component may also have accessibility \
        {label, description} and weight (its flex-grow in a Row or Column). Props marked * are required.
        DynamicString, DynamicNumber, DynamicBoolean, DynamicStringList, DynamicValue: a literal of that type, \
        {"path": "/a/json/pointer"} into the data model (relative, "name", inside a template), or \
        {"call": <function>, "args": {...}, "returnType": <its return type>}.
        ChildList: [component ids], or {"componentId", "path"} to repeat a template over a list in the data model.
        Action: {"event": {"name", "context": {key: DynamicValue}}} sent to the agent, or {"functionCall": \
        {"call", "args"}} run on the client.
        CheckRule: {"condition": DynamicBoolean, "message"}: the input is valid while the condition holds.
        """.formatted(id));
    return entries(text, document);
  }

  /**
   * The prompt text of a v1.0 catalog document: v1.0's version and messages, calls without a
   * return type and with the {@code catalogId} they may name, {@code @index}, and each component's
   * and function's v1.0 form.
   */
  public static String v1(Map<String, Object> document) {
    StringBuilder text = new StringBuilder();
    String id = heading(text, "v1.0", document);
    text.append("""
        Send {"messages": [...]}: {"version": "v1.0", "createSurface": {"surfaceId", "catalogId": "%s", \
        "components": [...], "dataModel": {...}}} first (components and dataModel may be left out and sent later), \
        then {"version": "v1.0", "updateComponents": {"surfaceId", "components": [...]}}, and \
        {"version": "v1.0", "updateDataModel": {"surfaceId", "path", "value"}} for the data the components bind to \
        ("value": null deletes it).
        A component is {"id", "component": <its name>, ...its props}; exactly one has the id "root", and the \
        others are named by id from their parents (never inline). Every component may also have accessibility \
        {label, description, live, hidden}, weight (its flex-grow in a Row or Column), catalogId and metadata \
        {extensions}. Props marked * are required.
        DynamicString, DynamicNumber, DynamicBoolean, DynamicStringList, DynamicValue: a literal of that type, \
        {"path": "/a/json/pointer"} into the data model (relative, "name", inside a template), or \
        {"call": <function>, "args": {...}} of a function returning that type; a call may name its catalog in \
        "catalogId", which overrides the surface's as a component's does: give it only when the function is not \
        of the surface's catalog. Inside a template, {"call": "@index", "args": {"offset": DynamicNumber}} (never \
        with a catalogId) is the number of the current item, from 0.
        ChildList: [component ids], or {"componentId", "path"} to repeat a template over a list in the data model.
        Action: {"event": {"name", "context": {key: DynamicValue}, "userMessage": DynamicString}} sent to the \
        agent, or {"functionCall": {"call", "args"}} run on the client.
        CheckRule: {"condition": DynamicBoolean, "message"}: the input is valid while the condition holds.
        """.formatted(id));
    return entries(text, document);
  }

  /** The first lines, the catalog's id and title and its description; the id. */
  private static String heading(StringBuilder text, String version, Map<String, Object> document) {
    String id = (String) document.get("catalogId");
    text.append("A2UI ").append(version).append(", catalog ").append(id).append(" (").append(document.get("title"))
        .append(").\n");
    if (document.containsKey("description")) {
      text.append(document.get("description")).append('\n');
    }
    return id;
  }

  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static String entries(StringBuilder text, Map<String, Object> document) {
    text.append("\nComponents:\n");
    ((Map<String, Object>) document.get("components")).forEach((name, schema) ->
        component(text, name, (Map<String, Object>) schema));
    Map<String, Object> functions = (Map<String, Object>) document.get("functions");
    if (functions != null) {
      text.append("\nFunctions:\n");
      functions.forEach((name, schema) -> function(text, name, (Map<String, Object>) schema));
    }
    return text.toString();
  }

  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static void component(StringBuilder text, String name, Map<String, Object> schema) {
    text.append("- ").append(name);
    description(text, schema.get("description"));
    List<String> props = new ArrayList<>();
    // v0.9 joins the common props and the component's own by allOf; v1.0 has the own props alone, or
    // with Checkable, and each component's weight, which the text above has said of all.
    List<Object> parts = schema.containsKey("allOf") ? (List<Object>) schema.get("allOf") : List.of(schema);
    for (Object part : parts) {
      Map<String, Object> partSchema = (Map<String, Object>) part;
      Object ref = partSchema.get("$ref");
      if (ref instanceof String && (ref.equals(COMMON + "Checkable") || ref.equals(COMMON_V1 + "Checkable")
          || ref.equals(COMMON_V1_BESIDE + "Checkable"))) {
        props.add("checks: [CheckRule]");
      }
      if (partSchema.containsKey("properties")) {
        props.addAll(0, props(partSchema, Set.of("component", "weight")));
      }
    }
    text.append("\n  ").append(String.join("; ", props)).append('\n');
  }

  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static void function(StringBuilder text, String name, Map<String, Object> schema) {
    Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
    Map<String, Object> args = (Map<String, Object>) properties.get("args");
    // v0.9 has the return type as a constant prop; v1.0 beside the schema.
    Object returns = properties.containsKey("returnType")
        ? ((Map<String, Object>) properties.get("returnType")).get("const")
        : schema.getOrDefault("returnType", "any");
    text.append("- ").append(name).append('(')
        .append(args == null ? "" : String.join(", ", props(args, Set.of()))).append(") -> ").append(returns);
    String description = (String) schema.get("description");
    if (description != null) {
      // The official descriptions start with the function's name.
      description(text, description.startsWith(name + ": ") ? description.substring(name.length() + 2) : description);
    }
    text.append('\n');
  }

  private static void description(StringBuilder text, Object description) {
    if (description != null) {
      text.append(": ").append(((String) description).replace('\n', ' '));
    }
  }

  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static List<String> props(Map<String, Object> object, Set<String> skipped) {
    List<Object> required = (List<Object>) object.getOrDefault("required", List.of());
    List<String> props = new ArrayList<>();
    ((Map<String, Object>) object.getOrDefault("properties", Map.of())).forEach((name, schema) -> {
      if (!skipped.contains(name)) {
        Map<String, Object> prop = (Map<String, Object>) schema;
        String defaultValue = prop.containsKey("default") ? " = " + JsonPrinter.print(prop.get("default")).strip() : "";
        props.add(name + (required.contains(name) ? "*" : "") + ": " + type(prop) + defaultValue);
      }
    });
    return props;
  }

  /** A schema in a few characters: {@code DynamicString}, {@code h1|h2}, {@code [id]}, {@code {title*: ...}}. */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  static String type(Map<String, Object> schema) {
    Object ref = schema.get("$ref");
    if (ref != null) {
      String name = ((String) ref).substring(((String) ref).lastIndexOf('/') + 1);
      return name.equals("ComponentId") || name.equals("Child") ? "id" : name.equals("DataBinding") ? "{path}" : name;
    }
    if (schema.containsKey("enum")) {
      List<String> names = new ArrayList<>();
      ((List<Object>) schema.get("enum")).forEach(value -> names.add(String.valueOf(value)));
      return String.join("|", names);
    }
    if (schema.containsKey("const")) {
      return JsonPrinter.print(schema.get("const")).strip();
    }
    for (String union : List.of("oneOf", "anyOf", "allOf")) {
      if (schema.containsKey(union)) {
        List<String> types = new ArrayList<>();
        for (Object member : (List<Object>) schema.get(union)) {
          String memberType = type((Map<String, Object>) member);
          // An allOf member that only adds conditions (if/then, format) says nothing of the type.
          if (!union.equals("allOf") || !memberType.equals("any")) {
            types.add(memberType);
          }
        }
        return String.join(union.equals("allOf") ? " & " : " | ", types);
      }
    }
    Object type = schema.get("type");
    if ("array".equals(type)) {
      Object items = schema.get("items");
      return "[" + (items == null ? "any" : type((Map<String, Object>) items)) + "]";
    }
    if ("object".equals(type) && schema.containsKey("properties")) {
      return "{" + String.join(", ", props(schema, Set.of())) + "}";
    }
    return type == null ? "any" : String.valueOf(type);
  }
}
