package dev.widgetry.processor.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a schema document into the strict subset that structured-output model APIs accept: every
 * property listed in {@code required}, optional ones as a union with {@code null}, no
 * {@code oneOf} (it becomes {@code anyOf}), {@code const} spelled as a one-value {@code enum}, and
 * only the keywords that subset supports. Recursion stays on {@code $defs}/{@code $ref}.
 *
 * <p>Two JSON shapes have no strict form, and are narrowed to what the subset can say: a map
 * ({@code additionalProperties} with a schema) becomes an empty object, and any JSON
 * ({@code JsonNode}) becomes a string, number, boolean or null. Whatever the strict schema admits,
 * the parser still reads.
 */
public final class StrictSchema {
  private static final Set<String> DROPPED =
      Set.of("$schema", "title", "minLength", "maxLength", "uniqueItems", "minProperties", "maxProperties");

  private StrictSchema() {}

  /** The strict flavour of a whole document (its root and its {@code $defs}). */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  public static Map<String, Object> of(Map<String, Object> document) {
    Map<String, Object> strict = node(document);
    Object defs = document.get("$defs");
    if (defs != null) {
      Map<String, Object> strictDefs = new LinkedHashMap<>();
      ((Map<String, Object>) defs).forEach((name, def) -> strictDefs.put(name, node((Map<String, Object>) def)));
      strict.put("$defs", strictDefs);
    }
    return strict;
  }

  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Map<String, Object> node(Map<String, Object> schema) {
    if (isAnyJson(schema)) {
      return anyScalar(schema);
    }
    Map<String, Object> strict = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : schema.entrySet()) {
      String keyword = entry.getKey();
      Object value = entry.getValue();
      switch (keyword) {
        case "$defs":
          break;
        case "properties":
          strict.put("properties", properties((Map<String, Object>) value, requiredOf(schema)));
          strict.put("required", new ArrayList<>(((Map<String, Object>) value).keySet()));
          break;
        case "required":
          break;
        case "additionalProperties":
          // A map: the subset requires closed objects, so the strict form admits only {}.
          if (!schema.containsKey("properties")) {
            strict.put("properties", new LinkedHashMap<>());
            strict.put("required", List.of());
          }
          strict.put("additionalProperties", false);
          break;
        case "items":
          strict.put("items", node((Map<String, Object>) value));
          break;
        case "oneOf":
        case "anyOf":
          strict.put("anyOf", nodes((List<Object>) value));
          break;
        case "const":
          strict.put("enum", List.of(value));
          break;
        default:
          if (!DROPPED.contains(keyword)) {
            strict.put(keyword, value);
          }
      }
    }
    return strict;
  }

  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Map<String, Object> properties(Map<String, Object> properties, List<Object> required) {
    Map<String, Object> strict = new LinkedHashMap<>();
    properties.forEach((name, schema) -> {
      Map<String, Object> property = node((Map<String, Object>) schema);
      strict.put(name, required.contains(name) ? property : nullable(property));
    });
    return strict;
  }

  private static List<Object> nodes(List<Object> schemas) {
    List<Object> strict = new ArrayList<>();
    for (Object schema : schemas) {
      @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
      Map<String, Object> map = (Map<String, Object>) schema;
      strict.add(node(map));
    }
    return strict;
  }

  /**
   * An optional property: its schema or null. A plain {@code type} gains {@code "null"}; anything
   * else (a reference, a union, an enum) becomes {@code anyOf} with null, keeping its description
   * outside.
   */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Map<String, Object> nullable(Map<String, Object> schema) {
    Object type = schema.get("type");
    if (type instanceof String && !schema.containsKey("enum")) {
      Map<String, Object> strict = new LinkedHashMap<>(schema);
      strict.put("type", List.of(type, "null"));
      return strict;
    }
    if (type instanceof List && ((List<Object>) type).contains("null")) {
      return schema;
    }
    Map<String, Object> strict = new LinkedHashMap<>();
    Map<String, Object> inner = new LinkedHashMap<>(schema);
    Object description = inner.remove("description");
    if (description != null) {
      strict.put("description", description);
    }
    List<Object> choices = new ArrayList<>();
    if (inner.keySet().equals(Set.of("anyOf"))) {
      choices.addAll((List<Object>) inner.get("anyOf"));
    } else {
      choices.add(inner);
    }
    choices.add(Map.of("type", "null"));
    strict.put("anyOf", choices);
    return strict;
  }

  /** {@code {}}, perhaps with a description: any JSON, as a JsonNode component is. */
  private static boolean isAnyJson(Map<String, Object> schema) {
    return schema.isEmpty() || schema.keySet().equals(Set.of("description"));
  }

  private static Map<String, Object> anyScalar(Map<String, Object> schema) {
    Map<String, Object> strict = new LinkedHashMap<>(schema);
    strict.put("type", List.of("string", "number", "boolean", "null"));
    return strict;
  }

  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static List<Object> requiredOf(Map<String, Object> schema) {
    Object required = schema.get("required");
    return required == null ? List.of() : (List<Object>) required;
  }
}
