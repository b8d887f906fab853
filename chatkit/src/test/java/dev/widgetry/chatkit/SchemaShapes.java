package dev.widgetry.chatkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reduces a JSON Schema to what it accepts, written canonically, so that two schemas of the same
 * widgets can be compared whatever their draft, layout and descriptions: {@code $ref}s are
 * followed, {@code anyOf}/{@code oneOf} and type lists become sorted alternatives, and a component
 * (an object whose {@code "type"} is a constant) is named rather than expanded, so that it is
 * compared once, on its own. An enum of one value is written as the constant it is.
 */
final class SchemaShapes {
  private final JsonNode document;
  private final String definitionsKey;

  /**
   * @param definitionsKey where the document keeps its definitions: {@code definitions} in
   *     draft-07, {@code $defs} in 2020-12
   */
  SchemaShapes(JsonNode document, String definitionsKey) {
    this.document = document;
    this.definitionsKey = definitionsKey;
  }

  /** Every component of the document, by its {@code "type"} constant. */
  Map<String, JsonNode> components() {
    Map<String, JsonNode> components = new TreeMap<>();
    document.path(definitionsKey).forEach(definition -> {
      String type = typeConstant(definition);
      if (type != null) {
        components.put(type, definition);
      }
    });
    return components;
  }

  /** A definition of the document by name. */
  JsonNode definition(String name) {
    return document.path(definitionsKey).path(name);
  }

  /** The names of an object schema's properties, {@code "type"} included. */
  static TreeSet<String> propertyNames(JsonNode objectSchema) {
    TreeSet<String> names = new TreeSet<>();
    objectSchema.path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The names an object schema requires. */
  static TreeSet<String> requiredNames(JsonNode objectSchema) {
    TreeSet<String> names = new TreeSet<>();
    objectSchema.path("required").forEach(name -> names.add(name.asText()));
    return names;
  }

  /** What a schema accepts, canonically, such as {@code "number | string"}. */
  String shape(JsonNode schema) {
    return String.join(" | ", alternatives(schema));
  }

  private TreeSet<String> alternatives(JsonNode schema) {
    JsonNode resolved = resolve(schema);
    TreeSet<String> alternatives = new TreeSet<>();
    for (String union : List.of("anyOf", "oneOf")) {
      if (resolved.has(union)) {
        resolved.get(union).forEach(choice -> alternatives.addAll(alternatives(choice)));
        return alternatives;
      }
    }
    if (resolved.has("const")) {
      alternatives.add("const " + resolved.get("const"));
      return alternatives;
    }
    if (resolved.path("enum").size() == 1) {
      alternatives.add("const " + resolved.get("enum").get(0));
      return alternatives;
    }
    if (resolved.has("enum")) {
      TreeSet<String> values = new TreeSet<>();
      resolved.get("enum").forEach(value -> values.add(value.toString()));
      alternatives.add("enum " + values);
      return alternatives;
    }
    JsonNode type = resolved.path("type");
    if (type.isArray()) {
      type.forEach(each -> alternatives.add(single(each.asText(), resolved)));
    } else if (type.isTextual()) {
      alternatives.add(single(type.asText(), resolved));
    } else {
      alternatives.add("any");
    }
    return alternatives;
  }

  private String single(String type, JsonNode schema) {
    switch (type) {
      case "array":
        return "array of (" + shape(schema.path("items")) + ")";
      case "object":
        return object(schema);
      default:
        return type;
    }
  }

  private String object(JsonNode schema) {
    String component = typeConstant(schema);
    if (component != null) {
      return "component " + component;
    }
    if (schema.path("additionalProperties").isObject() && !schema.has("properties")) {
      return "map of (" + shape(schema.get("additionalProperties")) + ")";
    }
    TreeSet<String> required = requiredNames(schema);
    List<String> properties = new ArrayList<>();
    for (String name : propertyNames(schema)) {
      String marker = required.contains(name) ? "!" : "?";
      properties.add(name + marker + ": " + shape(schema.path("properties").path(name)));
    }
    return "{" + String.join(", ", properties) + "}";
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    while (current.has("$ref")) {
      String ref = current.get("$ref").asText();
      if (ref.equals("#")) {
        current = document;
      } else {
        String prefix = "#/" + definitionsKey + "/";
        if (!ref.startsWith(prefix)) {
          throw new IllegalArgumentException("unexpected $ref " + ref);
        }
        current = definition(ref.substring(prefix.length()));
      }
    }
    return current;
  }

  private static String typeConstant(JsonNode schema) {
    JsonNode constant = schema.path("properties").path("type").path("const");
    return constant.isTextual() ? constant.asText() : null;
  }
}
