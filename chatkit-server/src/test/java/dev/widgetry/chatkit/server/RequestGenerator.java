package dev.widgetry.chatkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Makes requests from chatkit-python's own request types ({@code server.schema.json}'s
 * {@code validation_*} definitions), walking each schema: every property its schema has, with a
 * value of the kind it says, in three variants. Values that must name something that exists (a
 * thread, an item, an attachment, an action handler) come from {@code known}, by property name.
 */
final class RequestGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Which optional properties a request carries. */
  enum Variant {
    /** Only the required properties, as a minimal client sends. */
    REQUIRED_ONLY,
    /** Every property, {@code null} where the type allows it and the default elsewhere: pydantic's {@code model_dump_json()}. */
    EXPLICIT_NULLS,
    /** Every property, with a value. */
    ALL_VALUES
  }

  private final Map<String, JsonNode> known;
  private final Variant variant;

  RequestGenerator(Map<String, JsonNode> known, Variant variant) {
    this.known = known;
    this.variant = variant;
  }

  /** A request of the definition {@code validation_<name>}. */
  JsonNode request(String definition) {
    return value(ServerSchema.definition(definition), "");
  }

  private JsonNode value(JsonNode schema, String name) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      return value(ServerSchema.definition(ref.substring("#/$defs/".length())), name);
    }
    if (schema.has("const")) {
      return schema.get("const");
    }
    if (known.containsKey(name) && !name.equals("type")) {
      return known.get(name);
    }
    for (String union : Set.of("anyOf", "oneOf")) {
      if (schema.has(union)) {
        for (JsonNode branch : schema.get(union)) {
          if (!branch.path("type").asText().equals("null")) {
            return value(branch, name);
          }
        }
      }
    }
    if (schema.has("enum")) {
      return schema.has("default") ? schema.get("default") : schema.get("enum").get(0);
    }
    switch (schema.path("type").asText()) {
      case "object":
        return object(schema);
      case "array":
        return array(schema, name);
      case "string":
        return known.containsKey(name) ? known.get(name) : NODES.textNode(name.isEmpty() ? "text" : name + " text");
      case "integer":
        return NODES.numberNode(5);
      case "boolean":
        return schema.has("default") ? schema.get("default") : NODES.booleanNode(true);
      default:
        // Any JSON ({}): an action's payload, a tool's result.
        return NODES.objectNode().put("count", 2);
    }
  }

  private JsonNode object(JsonNode schema) {
    ObjectNode object = NODES.objectNode();
    JsonNode properties = schema.path("properties");
    Set<String> required = new java.util.HashSet<>();
    schema.path("required").forEach(property -> required.add(property.asText()));
    for (Iterator<Map.Entry<String, JsonNode>> each = properties.fields(); each.hasNext(); ) {
      Map.Entry<String, JsonNode> property = each.next();
      String name = property.getKey();
      JsonNode propertySchema = property.getValue();
      // The tags: a request and a content part are told apart by them, and an action without one names no handler.
      boolean tag = name.equals("type");
      if (required.contains(name) || tag || variant == Variant.ALL_VALUES) {
        object.set(name, value(propertySchema, name));
      } else if (variant == Variant.EXPLICIT_NULLS) {
        object.set(name, nullable(propertySchema) ? NODES.nullNode()
            : propertySchema.has("default") ? propertySchema.get("default") : value(propertySchema, name));
      }
    }
    JsonNode additional = schema.path("additionalProperties");
    if (properties.isEmpty() && additional.isObject() && variant != Variant.REQUIRED_ONLY) {
      object.set(known.get("additional_key").asText(), value(additional, ""));
    } else if (properties.isEmpty() && additional.asBoolean(false) && variant == Variant.ALL_VALUES) {
      object.put("source", "generated");
    }
    return object;
  }

  private JsonNode array(JsonNode schema, String name) {
    ArrayNode array = NODES.arrayNode();
    JsonNode items = schema.path("items");
    if (items.has("oneOf") && variant == Variant.ALL_VALUES) {
      items.get("oneOf").forEach(branch -> array.add(value(branch, name)));
    } else {
      array.add(value(items, name));
    }
    return array;
  }

  private static boolean nullable(JsonNode schema) {
    for (JsonNode branch : schema.path("anyOf")) {
      if (branch.path("type").asText().equals("null")) {
        return true;
      }
    }
    return false;
  }
}
