package dev.widgetry.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.schema.internal.JsonPrinter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonParserTest {

  @Test
  void parsesWhatThePrinterPrints() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("pattern", "^\\S+$ \"quoted\" \u0007");
    tree.put("numbers", new ArrayList<>(Arrays.asList(-9223372036854775808L, new BigDecimal("1.5"), new BigDecimal("1E+3"))));
    tree.put("nested", new LinkedHashMap<>(Map.of("ok", false)));

    assertEquals(tree, JsonParser.parse(JsonPrinter.print(tree)));
  }

  @Test
  void refusesWhatIsNotJson() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonParser.parse("{\"a\": tru}"));

    assertEquals("Expected true at offset 6 of a schema", e.getMessage());
  }
}
