package dev.widgetry.benchmarks.trees;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** JSON with the {@code "type"} of every object moved to its end, as some hand-written ChatKit JSON has it. */
public final class TypeLast {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TypeLast() {}

  public static byte[] of(byte[] json) {
    try {
      return MAPPER.writeValueAsBytes(moved(MAPPER.readTree(json)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode moved(JsonNode node) {
    if (node.isArray()) {
      ArrayNode array = MAPPER.createArrayNode();
      node.forEach(item -> array.add(moved(item)));
      return array;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode object = MAPPER.createObjectNode();
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (!property.getKey().equals("type")) {
        object.set(property.getKey(), moved(property.getValue()));
      }
    }
    if (node.has("type")) {
      object.set("type", node.get("type"));
    }
    return object;
  }
}
