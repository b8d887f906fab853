package dev.widgetry.tests.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPatternTest {

  @ParameterizedTest(name = "{0} matches {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"a\": 1,   \"b\": [true, null]}            | {\"a\":1,\"b\":[true,null]}",
      "{\"a\": 1, ...}                               | {\"a\":1,\"b\":2,\"c\":3}",
      "{..., \"c\": 3}                               | {\"a\":1,\"b\":2,\"c\":3}",
      "{\"a\": 1, ..., \"c\": 3}                     | {\"a\":1,\"c\":3}",
      "{\"a\": {...}}                                | {\"a\":{\"x\":[1]}}",
      "[1, ...]                                      | [1,2,3]",
      "[…]                                           | []",
      "{\"id\": \"item_…\"}                          | {\"id\":\"item_9acd03\"}",
      "{\"m\": \"…\"}                                | {\"m\":\"anything at all\"}",
      "{\"t\": \"2026-11-30T01:37:10.368413911Z\"}   | {\"t\":\"2027-01-02T03:04:05.123Z\"}",
      "{\"n\": 21.5, \"i\": -3}                      | {\"n\":21.5,\"i\":-3}",
      "\"a \\\"quoted\\\" \\u00e9\"                  | \"a \\\"quoted\\\" é\"",
  })
  void matches(String readme, String output) {
    assertEquals(Optional.empty(), JsonPattern.parse(readme).mismatch(output));
  }

  @ParameterizedTest(name = "{0} does not match {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"a\": 1, \"b\": 2}           | {\"b\":2,\"a\":1}                  | at the root: expected the member \"a\", found \"b\"",
      "{\"a\": 1}                     | {\"a\":1,\"b\":2}                  | at the root: the members [a, b] do not match [a]",
      "{\"a\": {\"b\": [1, 2]}}       | {\"a\":{\"b\":[1,3]}}              | at /a/b/1: expected 2, found 3",
      "[4]                            | [4.0]                              | at /0: expected 4, found 4.0",
      "[4.0]                          | [4]                                | at /0: expected 4.0, found 4",
      "\"item_…\"                     | \"itm_1\"                          | at the root: expected \"item_…\", found \"itm_1\"",
      "\"2026-11-30T01:37:10.368Z\"   | \"yesterday\"                      | at the root: expected \"2026-11-30T01:37:10.368Z\", found \"yesterday\"",
      "{\"a\": 1, ...}                | {\"b\":1}                          | at the root: the members [b] do not match [a, ...]",
      "{\"a\": 1}                     | {\"a\":1,\"a\":1}                  | the output is not JSON: Duplicate field 'a'",
      "[1, 2]                         | [1, 3, 2]                          | at the root: the 3 elements do not match [a value, a value]; first at /1: expected 2, found 3",
      "[21.50]                        | [21.5]                             | at /0: expected 21.50, found 21.5",
      "null                           | false                              | at the root: expected null, found false",
  })
  void reportsWhereItDiffers(String readme, String output, String why) {
    assertEquals(Optional.of(why), JsonPattern.parse(readme).mismatch(output));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"{\"a\" 1}", "{\"a\": 1", "[1] 2", "{a: 1}"})
  void readmeJsonThatIsNotJsonWithGapsIsAnError(String readme) {
    assertThrows(IllegalArgumentException.class, () -> JsonPattern.parse(readme));
  }
}
