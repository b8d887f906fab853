package dev.widgetry.processor.template.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plain JSON values as compact text: no spaces, strings escaped, scalars as the caller writes them. */
class CompactJsonTest {

  @Test
  void nestedValuesWithoutSpacesInTheirOrder() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("b", Arrays.asList(new BigDecimal("1.50"), true, null));
    value.put("a", Map.of());

    assertEquals("{\"b\":[1.50,true,null],\"a\":{}}", CompactJson.print(value));
  }

  @Test
  void aStringEscapesItsQuotesBackslashesAndControlCharacters() {
    assertEquals("\"say \\\"hi\\\" \\\\ \\u0001\\u000a\"", CompactJson.print("say \"hi\" \\ \u0001\n"));
  }

  @Test
  void scalarsOtherThanStringsAreWrittenByTheGivenFunction() {
    Map<String, Object> value = Map.of("n", List.of(3.0, 2L, "s"));

    assertEquals("{\"n\":[<3.0>,<2>,\"s\"]}", CompactJson.print(value, scalar -> "<" + scalar + ">"));
  }
}
