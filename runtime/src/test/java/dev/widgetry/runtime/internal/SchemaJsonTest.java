package dev.widgetry.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.schema.internal.JsonNumber;
import dev.widgetry.schema.internal.JsonPrinter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaJsonTest {

  @Test
  void readsNumbersAsWrittenSoAPrintedDocumentIsTheTextItWasReadFrom() {
    String text = """
        {
          "type": "number",
          "examples": [1.50, 1e3, -0, 9223372036854775808],
          "default": null,
          "pattern": "^\\\\d+\\t\\"$",
          "items": {
            "const": true
          }
        }
        """;

    Object tree = SchemaJson.parse(text);

    assertEquals(List.of(new JsonNumber("1.50"), new JsonNumber("1e3"), new JsonNumber("-0"),
        new JsonNumber("9223372036854775808")), ((Map<?, ?>) tree).get("examples"));
    assertEquals(text, JsonPrinter.print(tree));
  }
}
