package dev.widgetry.schema.internal;

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
 * <p>A map ({@code additionalProperties} with a schema) has no strict form as an object: it becomes
 * the list of its entries, {@code [{"key": ..., "value": ...}]}, which the parser reads where a map
 * is expected when reading a model's output; at the root, where the subset takes only an object, it
 * is narrowed to an empty one. Any JSON ({@code JsonNode}) is narrowed to a string, number, boolean
 * or null.
 */
public final class StrictSchema {
  /** What a map's entry list says of itself, to the model that writes one. */
  private static final String ENTRIES = "A map, written as the list of its entries: each key once.";
  private static final Set<String> DROPPED =
      Set.of("$schema", "title", "minLength", "maxLength", "uniqueItems", "minProperties", "maxProperties");

  private StrictSchema() {}

  /** The strict flavour of a whole document (its root and its {@code $defs}). */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  public static Map<String, Object> of(Map<String, Object> document) {
    // Tool parameters and structured outputs take an object at the root, so a map there stays one: closed.
    Map<String, Object> strict = isMap(document) ? keywords(document) : node(document);
    Object defs = document.get("$defs");
    if (defs != null) {
      Map<String, Object> strictDefs = new LinkedHashMap<>();
      ((Map<String, Object>) defs).forEach((name, def) -> strictDefs.put(name, node((Map<String, Object>) def)));
      strict.put("$defs", strictDefs);
    }
    return strict;
  }

  private static Map<String, Object> node(Map<String, Object> schema) {
    if (isAnyJson(schema)) {
      return anyScalar(schema);
    }
    if (isMap(schema)) {
      return entryList(schema);
    }
    return keywords(schema);
  }

  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Map<String, Object> keywords(Map<String, Object> schema) {
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
          // An open record, or a map at the root: the subset requires closed objects.
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

  /** A map: {@code additionalProperties} with a schema, and no named properties. */
  private static boolean isMap(Map<String, Object> schema) {
    return schema.get("additionalProperties") instanceof Map && !schema.containsKey("properties");
  }

  /**
   * A map as the list of its entries, {@code [{"key": ..., "value": ...}]}, which the model-output
   * readers take where a map is expected. OpenAI's strict mode has no open object (every object sets
   * {@code "additionalProperties": false} and lists every property in {@code required}), but takes
   * an array whose {@code items} is such an object, as its guide's own example does
   * (platform.openai.com/docs/guides/structured-outputs, quoted in github.com/openai/openai-java/issues/139);
   * and its outputs follow the order of the schema's keys (the same guide, quoted in
   * github.com/spring-projects/spring-ai/issues/1335), so {@code "key"} comes before
   * {@code "value"}, which the readers need.
   */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Map<String, Object> entryList(Map<String, Object> schema) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("key", Map.of("type", "string"));
    properties.put("value", node((Map<String, Object>) schema.get("additionalProperties")));
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("type", "object");
    entry.put("properties", properties);
    entry.put("required", List.of("key", "value"));
    entry.put("additionalProperties", false);
    Map<String, Object> strict = new LinkedHashMap<>();
    String description = (String) schema.getOrDefault("description", "");
    strict.put("description",
        description.isEmpty() ? ENTRIES : description + (description.endsWith(".") ? " " : ". ") + ENTRIES);
    strict.put("type", "array");
    strict.put("items", entry);
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
