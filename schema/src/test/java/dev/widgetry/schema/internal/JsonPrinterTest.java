package dev.widgetry.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonPrinterTest {

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
        + "}\n", JsonPrinter.print(tree));
  }

  @Test
  void escapesWhatJsonRequires() {
    assertEquals("\"q\\\"b\\\\n\\nt\\tc\\u0001é\"\n", JsonPrinter.print("q\"b\\n\nt\tc\u0001é"));
  }

  @Test
  void printsJavaNumbersAsJavaWritesThemAndReadOnesAsTheyWereWritten() {
    List<Object> numbers = Arrays.asList(-9223372036854775808L, new BigDecimal("1.5"), new BigDecimal("1E+3"),
        new JsonNumber("1.50"), new JsonNumber("1e3"), 2.5);

    assertEquals("[-9223372036854775808, 1.5, 1E+3, 1.50, 1e3, 2.5]\n", JsonPrinter.print(numbers));
  }

  @Test
  void refusesWhatIsNotJson() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonPrinter.print(List.of('c')));

    assertEquals("Not a JSON value: class java.lang.Character", e.getMessage());
  }
}
