package dev.widgetry.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void printsObjectsIndentedAndPlainArraysOnOneLine() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("type", "object");
    tree.put("required", List.of("a", "b"));
    tree.put("empty", Map.of());
    tree.put("items", List.of(Map.of("const", 1L)));
    tree.put("flag", true);
    tree.put("none", null);

    assertEquals("{\n"
        + "  \"type\": \"object\",\n"
        + "  \"required\": [\"a\", \"b\"],\n"
        + "  \"empty\": {},\n"
        + "  \"items\": [\n"
        + "    {\n"
        + "      \"const\": 1\n"
        + "    }\n"
        + "  ],\n"
        + "  \"flag\": true,\n"
        + "  \"none\": null\n"
        + "}\n", Json.print(tree));
  }

  @Test
  void escapesWhatJsonRequires() {
    assertEquals("\"q\\\"b\\\\n\\nt\\tc\\u0001é\"\n", Json.print("q\"b\\n\nt\tc\u0001é"));
  }

  @Test
  void parsesWhatItPrints() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("pattern", "^\\S+$ \"quoted\" \u0007");
    tree.put("numbers", new ArrayList<>(Arrays.asList(-9223372036854775808L, new BigDecimal("1.5"), new BigDecimal("1E+3"))));
    tree.put("nested", new LinkedHashMap<>(Map.of("ok", false)));

    assertEquals(tree, JsonParser.parse(Json.print(tree)));
  }

  @Test
  void refusesWhatIsNotJson() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonParser.parse("{\"a\": tru}"));

    assertEquals("Expected true at offset 6 of a schema", e.getMessage());
  }
}
