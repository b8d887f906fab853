package dev.widgetry.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmbeddingTest {

  @Test
  void sharesEqualDefinitionsRenamesClashingOnesAndPointsRootReferencesAtTheEmbeddedRoot() {
    Map<String, Object> defs = new LinkedHashMap<>();
    defs.put("Tag", parse("{\"type\": \"string\"}"));
    defs.put("Size", parse("{\"enum\": [\"sm\"]}"));
    Set<String> usedKeys = new HashSet<>(Set.of("Tag", "Size", "Card"));
    Map<String, Object> shipped = object("{"
        + "\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
        + "\"title\": \"Card\","
        + "\"type\": \"object\","
        + "\"properties\": {"
        + "  \"tag\": {\"$ref\": \"#/$defs/Tag\"},"
        + "  \"size\": {\"$ref\": \"#/$defs/Size\"},"
        + "  \"self\": {\"$ref\": \"#\"}"
        + "},"
        + "\"$defs\": {"
        + "  \"Tag\": {\"type\": \"string\"},"
        + "  \"Size\": {\"enum\": [\"lg\"]}"
        + "}}");

    new Embedding(defs, usedKeys).embed(shipped, "Card");

    assertEquals(parse("{"
        + "\"Tag\": {\"type\": \"string\"},"
        + "\"Size\": {\"enum\": [\"sm\"]},"
        + "\"Size2\": {\"enum\": [\"lg\"]},"
        + "\"Card\": {"
        + "  \"type\": \"object\","
        + "  \"properties\": {"
        + "    \"tag\": {\"$ref\": \"#/$defs/Tag\"},"
        + "    \"size\": {\"$ref\": \"#/$defs/Size2\"},"
        + "    \"self\": {\"$ref\": \"#/$defs/Card\"}"
        + "  }"
        + "}}"), defs);
  }

  @SuppressWarnings("unchecked") // test input is an object
  private static Map<String, Object> object(String json) {
    return (Map<String, Object>) JsonParser.parse(json);
  }

  private static Object parse(String json) {
    return JsonParser.parse(json);
  }
}
