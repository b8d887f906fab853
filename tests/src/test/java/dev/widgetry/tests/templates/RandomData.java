package dev.widgetry.tests.templates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;

/**
 * Random data that a {@code .widget} file's {@code jsonSchema} accepts, seeded: strings with quotes,
 * backslashes, HTML characters, accents and emoji; bounds respected; optional properties left out
 * and nullable ones null now and then. A property both optional and nullable is left out rather than
 * null: a Java record holds one null for both, and means "left out" by it.
 */
final class RandomData {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] WORDS = {"Lisbon", "TAP", "a\"quote", "back\\slash", "<b>&amp;</b>", "it's",
      "caf\u00e9", "\ud83d\ude80 launch", "", " ", "line\nbreak", "\u2192", "tab\there", "x"};
  private static final double[] NUMBERS = {0.0, 0.1, 1.5, 3.0, 129.5, 1e-7, 2.5e-5, 1e16, 123456789.125, 7.0e22,
      -0.5, 1.0 / 3, 99.99};

  private final Random random;
  private final JsonNode root;

  RandomData(long seed, JsonNode schema) {
    this.random = new Random(seed);
    this.root = schema;
  }

  JsonNode next() {
    return value(root, 0);
  }

  private JsonNode value(JsonNode schema, int depth) {
    if (schema.has("$ref")) {
      String name = schema.get("$ref").asText();
      return value(root.at(name.substring(1)), depth);
    }
    JsonNode union = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
    if (union != null) {
      JsonNode other = null;
      boolean nullable = false;
      for (JsonNode member : union) {
        if ("null".equals(member.path("type").asText())) {
          nullable = true;
        } else {
          other = member;
        }
      }
      return nullable && random.nextInt(4) == 0 ? NODES.nullNode() : value(other, depth);
    }
    JsonNode type = schema.get("type");
    String kind = type == null ? (schema.has("properties") ? "object" : "string") : type.asText();
    if (type != null && type.isArray()) {
      kind = null;
      boolean nullable = false;
      for (JsonNode entry : type) {
        if (entry.asText().equals("null")) {
          nullable = true;
        } else {
          kind = entry.asText();
        }
      }
      if (nullable && random.nextInt(4) == 0) {
        return NODES.nullNode();
      }
    }
    switch (kind) {
      case "string":
        return NODES.textNode(string(schema));
      case "integer":
        long min = schema.path("minimum").asLong(-5);
        long max = schema.path("maximum").asLong(120);
        return NODES.numberNode(min + random.nextInt((int) (max - min + 1)));
      case "number":
        double low = schema.path("minimum").asDouble(-Double.MAX_VALUE);
        double high = schema.path("maximum").asDouble(Double.MAX_VALUE);
        double number;
        do {
          number = NUMBERS[random.nextInt(NUMBERS.length)];
        } while (number < low || number > high);
        return NODES.numberNode(number);
      case "boolean":
        return NODES.booleanNode(random.nextBoolean());
      case "array":
        ArrayNode array = NODES.arrayNode();
        int size = schema.path("minItems").asInt(0) + random.nextInt(depth > 1 ? 2 : 4);
        for (int i = 0; i < size; i++) {
          array.add(value(schema.get("items"), depth + 1));
        }
        return array;
      default:
        return object(schema, depth);
    }
  }

  private String string(JsonNode schema) {
    if (schema.has("enum")) {
      JsonNode values = schema.get("enum");
      return values.get(random.nextInt(values.size())).asText();
    }
    if (schema.has("const")) {
      return schema.get("const").asText();
    }
    if (schema.path("format").asText().equals("email")) {
      return WORDS[random.nextInt(3)].replaceAll("[^a-z]", "") + "x@example.com";
    }
    StringBuilder text = new StringBuilder();
    int words = random.nextInt(3);
    for (int i = 0; i < words; i++) {
      text.append(WORDS[random.nextInt(WORDS.length)]);
    }
    while (text.length() < schema.path("minLength").asInt(0)) {
      text.append("pad");
    }
    return text.toString();
  }

  private ObjectNode object(JsonNode schema, int depth) {
    ObjectNode object = NODES.objectNode();
    JsonNode required = schema.path("required");
    Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
    while (properties.hasNext()) {
      Map.Entry<String, JsonNode> property = properties.next();
      boolean isRequired = false;
      for (JsonNode name : required) {
        isRequired |= name.asText().equals(property.getKey());
      }
      if (!isRequired && random.nextInt(5) < 2) {
        continue;
      }
      JsonNode value = value(property.getValue(), depth + 1);
      while (!isRequired && value.isNull()) {
        value = value(property.getValue(), depth + 1);
      }
      object.set(property.getKey(), value);
    }
    return object;
  }
}
