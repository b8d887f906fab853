package dev.widgetry.chatkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/** Reading JSON in tests, and comparing JSON the way ChatKit reads it. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private Json() {}

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }

  /** A JSON file from the test resources, by path (e.g. {@code /chatkit/widgets.schema.json}). */
  static JsonNode resource(String path) {
    try (InputStream in = Json.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The tree as a ChatKit reader sees it: properties set to null are absent, and numbers are
   * compared by value ({@code 4}, {@code 4.0} and {@code 4e0} are one number).
   */
  static JsonNode normalized(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = NODES.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!field.getValue().isNull()) {
          copy.set(field.getKey(), normalized(field.getValue()));
        }
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      node.forEach(item -> copy.add(normalized(item)));
      return copy;
    }
    if (node.isNumber()) {
      return NODES.numberNode(node.decimalValue().stripTrailingZeros());
    }
    return node;
  }

  /** Asserts that two JSON documents are equal as ChatKit reads them (see {@link #normalized}). */
  static void assertSameJson(JsonNode expected, JsonNode actual) {
    JsonNode want = normalized(expected);
    JsonNode got = normalized(actual);
    if (!want.equals(got)) {
      assertEquals(pretty(want), pretty(got), "JSON differs");
    }
  }

  static void assertSameJson(String expected, String actual) {
    assertSameJson(parse(expected), parse(actual));
  }

  static String pretty(JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
