package dev.widgetry.tests.a2ui.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test helpers over a strict schema: what OpenAI's strict mode asks of a schema, checked by a walk
 * (its published rules: the root an object, every object closed with every property required, only
 * the keywords it supports, every reference to a definition), and an instance written the way a
 * model under that schema writes it (every absent optional property present as null, every map as
 * the list of its entries).
 */
public final class StrictForm {
  /** The keywords strict mode supports (structured outputs guide, "Supported schemas"). */
  static final Set<String> KEYWORDS = Set.of("type", "properties", "required", "additionalProperties", "items",
      "anyOf", "enum", "$ref", "$defs", "description", "pattern", "format", "minimum", "maximum", "exclusiveMinimum",
      "exclusiveMaximum", "multipleOf", "minItems", "maxItems");
  static final Set<String> FORMATS =
      Set.of("date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode root;

  public StrictForm(JsonNode root) {
    this.root = root;
  }

  /** Asserts the strict-mode rules everywhere in the schema. */
  void assertStrict() {
    assertEquals("object", root.path("type").asText(), "the root is an object");
    assertFalse(root.has("anyOf"), "the root is not a union");
    int[] counts = new int[2];
    walk(root, "", counts);
    assertTrue(counts[0] <= 5000, counts[0] + " object properties; strict mode allows 5000");
    assertTrue(counts[1] <= 1000, counts[1] + " enum values; strict mode allows 1000");
  }

  private void walk(JsonNode schema, String pointer, int[] counts) {
    assertTrue(schema.isObject(), pointer + " is a schema object");
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String keyword = field.getKey();
      String at = pointer + "/" + keyword;
      assertTrue(KEYWORDS.contains(keyword), at + " is not a keyword strict mode supports");
      JsonNode value = field.getValue();
      switch (keyword) {
        case "properties", "$defs" -> value.fields().forEachRemaining(entry -> {
          if (keyword.equals("properties")) {
            counts[0]++;
          }
          walk(entry.getValue(), at + "/" + entry.getKey(), counts);
        });
        case "items" -> walk(value, at, counts);
        case "anyOf" -> {
          for (int i = 0; i < value.size(); i++) {
            walk(value.get(i), at + "/" + i, counts);
          }
        }
        case "enum" -> counts[1] += value.size();
        case "$ref" -> {
          assertTrue(value.asText().startsWith("#/$defs/"), at + " refers outside the document");
          assertTrue(root.path("$defs").has(value.asText().substring("#/$defs/".length())), at + " dangles");
        }
        case "format" -> assertTrue(FORMATS.contains(value.asText()), at + ": format " + value);
        default -> { }
      }
    }
    boolean object = schema.path("type").asText().equals("object")
        || schema.path("type").isArray() && schema.path("type").toString().contains("\"object\"");
    if (object) {
      assertEquals(false, schema.path("additionalProperties").asBoolean(true), pointer + " is open");
      List<String> names = new ArrayList<>();
      schema.path("properties").fieldNames().forEachRemaining(names::add);
      List<String> required = new ArrayList<>();
      schema.path("required").forEach(name -> required.add(name.asText()));
      assertEquals(names, required, pointer + ": required must list every property, in order");
    }
  }

  /** A model's answer of these messages, as the strict schema wraps them: {@code {"messages": [...]}}. */
  static JsonNode answer(String messagesJson) throws IOException {
    ObjectNode answer = JsonNodeFactory.instance.objectNode();
    answer.set("messages", (ArrayNode) JSON.readTree(messagesJson));
    return answer;
  }

  /**
   * Whether the strict form can say a data-model update's value: a scalar, null or a list of
   * scalars; not an object, nor a list that holds containers or nulls.
   */
  static boolean canSay(JsonNode value) {
    if (value.isArray()) {
      for (JsonNode item : value) {
        if (item.isContainerNode() || item.isNull()) {
          return false;
        }
      }
      return true;
    }
    return !value.isObject();
  }

  /** {@code instance} as a model writes it under the schema: every absent property present as null. */
  public JsonNode fill(JsonNode instance) {
    return fill(instance, root);
  }

  private JsonNode fill(JsonNode instance, JsonNode declared) {
    JsonNode schema = resolve(declared);
    if (schema.has("anyOf")) {
      for (JsonNode branch : schema.get("anyOf")) {
        if (matches(instance, branch)) {
          return fill(instance, branch);
        }
      }
      return instance;
    }
    if (instance.isObject() && isEntryList(schema)) {
      ArrayNode entries = JsonNodeFactory.instance.arrayNode();
      instance.fields().forEachRemaining(field -> entries.addObject()
          .put("key", field.getKey())
          .set("value", fill(field.getValue(), schema.at("/items/properties/value"))));
      return entries;
    }
    if (instance.isObject() && schema.has("properties")) {
      ObjectNode filled = JsonNodeFactory.instance.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> property = it.next();
        JsonNode value = instance.get(property.getKey());
        filled.set(property.getKey(), value == null ? NullNode.instance : fill(value, property.getValue()));
      }
      return filled;
    }
    if (instance.isArray() && schema.has("items")) {
      ArrayNode filled = JsonNodeFactory.instance.arrayNode();
      for (JsonNode item : instance) {
        filled.add(fill(item, schema.get("items")));
      }
      return filled;
    }
    return instance;
  }

  /** Whether {@code instance}, with nulls for what it leaves out, fits {@code schema} (patterns aside). */
  private boolean matches(JsonNode instance, JsonNode schema) {
    schema = resolve(schema);
    if (schema.has("anyOf")) {
      for (JsonNode branch : schema.get("anyOf")) {
        if (matches(instance, branch)) {
          return true;
        }
      }
      return false;
    }
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode value : schema.get("enum")) {
        listed |= value.equals(instance);
      }
      if (!listed) {
        return false;
      }
    }
    if (instance.isObject() && isEntryList(schema)) {
      for (JsonNode value : instance) {
        if (!matches(value, schema.at("/items/properties/value"))) {
          return false;
        }
      }
      return true;
    }
    if (schema.has("type") && !typeFits(instance, schema.get("type"))) {
      return false;
    }
    if (instance.isObject()) {
      JsonNode properties = schema.path("properties");
      for (Iterator<String> it = instance.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!properties.has(name) || !matches(instance.get(name), properties.get(name))) {
          return false;
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> property = it.next();
        if (!instance.has(property.getKey()) && !matches(NullNode.instance, property.getValue())) {
          return false;
        }
      }
    }
    if (instance.isArray() && schema.has("items")) {
      for (JsonNode item : instance) {
        if (!matches(item, schema.get("items"))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether {@code schema} is a map's strict form, the list of its {@code {"key", "value"}} entries. */
  private static boolean isEntryList(JsonNode schema) {
    return schema.at("/items/required").toString().equals("[\"key\",\"value\"]");
  }

  private static boolean typeFits(JsonNode instance, JsonNode type) {
    if (type.isArray()) {
      for (JsonNode each : type) {
        if (typeFits(instance, each)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> instance.isObject();
      case "array" -> instance.isArray();
      case "string" -> instance.isTextual();
      case "number" -> instance.isNumber();
      case "integer" -> instance.isIntegralNumber();
      case "boolean" -> instance.isBoolean();
      case "null" -> instance.isNull();
      default -> false;
    };
  }

  private JsonNode resolve(JsonNode schema) {
    while (schema.has("$ref")) {
      schema = root.path("$defs").path(schema.get("$ref").asText().substring("#/$defs/".length()));
    }
    return schema;
  }
}
