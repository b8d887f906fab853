package dev.widgetry.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmbeddingTest {

  @Test
  void sharesEqualDefinitionsRenamesClashingOnesAndPointsRootReferencesAtTheEmbeddedRoot() {
    Map<String, Object> defs = new LinkedHashMap<>();
    defs.put("Tag", Map.of("type", "string"));
    defs.put("Size", Map.of("enum", List.of("sm")));
    Set<String> usedKeys = new HashSet<>(Set.of("Tag", "Size", "Card"));
    Map<String, Object> shipped = object(
        "$schema", "https://json-schema.org/draft/2020-12/schema",
        "title", "Card",
        "type", "object",
        "properties", object(
            "tag", ref("#/$defs/Tag"),
            "size", ref("#/$defs/Size"),
            "self", ref("#")),
        "$defs", object(
            "Tag", Map.of("type", "string"),
            "Size", Map.of("enum", List.of("lg"))));

    new Embedding(defs, usedKeys).embed(shipped, "Card");

    assertEquals(object(
        "Tag", Map.of("type", "string"),
        "Size", Map.of("enum", List.of("sm")),
        "Size2", Map.of("enum", List.of("lg")),
        "Card", object(
            "type", "object",
            "properties", object(
                "tag", ref("#/$defs/Tag"),
                "size", ref("#/$defs/Size2"),
                "self", ref("#/$defs/Card")))), defs);
    assertEquals(List.of("Tag", "Size", "Size2", "Card"), List.copyOf(defs.keySet()));
  }

  private static Map<String, Object> ref(String target) {
    return Map.of("$ref", target);
  }

  /** An object with its keys in the order given: name, value, name, value... */
  private static Map<String, Object> object(Object... namesAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return object;
  }
}
