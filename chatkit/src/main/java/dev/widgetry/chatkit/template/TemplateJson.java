package dev.widgetry.chatkit.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Jackson trees for the JSON a template writes into an action's payload, the way chatkit-python
 * sends it: a null member is dropped (except {@code children}, which it keeps), and so is a null
 * element of an array.
 */
public final class TemplateJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TemplateJson() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** Sets {@code name} to {@code value}, or leaves it out when the value is null and the name is not {@code children}. */
  public static void put(ObjectNode object, String name, Object value) {
    JsonNode node = tree(value);
    if (!node.isNull() || name.equals("children")) {
      object.set(name, node);
    }
  }

  /** Adds {@code value} unless it is null. */
  public static void add(ArrayNode array, Object value) {
    JsonNode node = tree(value);
    if (!node.isNull()) {
      array.add(node);
    }
  }

  /**
   * The tree of a template value: a string, a number, a boolean, null, a list, a map, or a tree
   * (whose nulls are dropped as chatkit-python drops them).
   */
  public static JsonNode tree(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof JsonNode) {
      return withoutNulls((JsonNode) value);
    }
    if (value instanceof String) {
      return NODES.textNode((String) value);
    }
    if (value instanceof Boolean) {
      return NODES.booleanNode((Boolean) value);
    }
    if (value instanceof Double || value instanceof Float) {
      return NODES.numberNode(((Number) value).doubleValue());
    }
    if (value instanceof Number) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof List) {
      ArrayNode array = array();
      for (Object element : (List<?>) value) {
        add(array, element);
      }
      return array;
    }
    if (value instanceof Map) {
      ObjectNode object = object();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        put(object, String.valueOf(entry.getKey()), entry.getValue());
      }
      return object;
    }
    throw new IllegalArgumentException("no JSON for a " + value.getClass().getName());
  }

  /** A copy of {@code node} without the nulls chatkit-python drops. */
  public static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = object();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!field.getValue().isNull() || field.getKey().equals("children")) {
          copy.set(field.getKey(), withoutNulls(field.getValue()));
        }
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = array();
      for (JsonNode element : node) {
        if (!element.isNull()) {
          copy.add(withoutNulls(element));
        }
      }
      return copy;
    }
    return node;
  }
}
