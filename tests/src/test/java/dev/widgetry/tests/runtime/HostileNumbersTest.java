package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.model.Scalars;
import dev.widgetry.tests.model.Trees;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers whose exponent is past what Java's types hold (a fuzzing run found them leaking
 * {@code NumberFormatException} and {@code ArithmeticException}): each is a problem at its
 * pointer, or a value where the type holds it, and never another exception.
 */
class HostileNumbersTest {
  private static final String[] HOSTILE = {"1e2147483648", "0e2147483648", "1e-2147483649", "-1e2147483648"};

  static Stream<Arguments> refused() {
    Stream.Builder<Arguments> rows = Stream.builder();
    for (String number : HOSTILE) {
      rows.add(Arguments.of("boxedInt", number, "an integer from -2147483648 to 2147483647"));
      rows.add(Arguments.of("big", number, "an integer from -9223372036854775808 to 9223372036854775807"));
      rows.add(Arguments.of("huge", number, "an integer"));
      rows.add(Arguments.of("price", number, "a number whose exponent fits an int"));
    }
    // An exponent that fits, but whose digit count overflows an int when the integer check adds it up.
    rows.add(Arguments.of("count", "1E+2147483647", "an integer from -2147483648 to 2147483647"));
    rows.add(Arguments.of("huge", "1E+2147483647", "an integer"));
    rows.add(Arguments.of("amount", "1E+2147483647", "a number that fits a double"));
    rows.add(Arguments.of("amount", "1e2147483648", "a number that fits a double"));
    return rows.build();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("refused")
  void aNumberTheTypeCannotHoldIsAProblemAtItsPointer(String field, String number, String expected) {
    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson(scalars(field, number), Scalars.class));

    ParseProblem problem = e.problems().get(0);
    assertEquals("/" + field, problem.pointer(), e.getMessage());
    assertEquals(expected, problem.expected());
    assertEquals("the number " + number, problem.found());
  }

  @Test
  void aDoubleTakesWhatItRoundsTo() {
    assertEquals(0.0, Widgets.fromJson(scalars("boxedDouble", "1e-2147483649"), Scalars.class).boxedDouble());
    assertEquals(0.0, Widgets.fromJson(scalars("boxedDouble", "0e2147483648"), Scalars.class).boxedDouble());
  }

  @Test
  void aBigDecimalTakesAnyExponentAnIntHolds() {
    assertEquals(new BigDecimal("1E+2147483647"), Widgets.fromJson(scalars("price", "1E+2147483647"), Scalars.class).price());
  }

  @Test
  void aTreeRefusesANumberNoJavaTypeHolds() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson("{\"data\":{\"n\":[1e2147483648]}}", Trees.class));

    assertEquals("/data/n/0", e.pointer(), e.getMessage());
    assertEquals("a number whose exponent fits an int", e.problems().get(0).expected());
  }

  @Test
  void aTreeKeepsAHugeNumberThatABigDecimalHolds() {
    Trees trees = Widgets.fromJson("{\"data\":[1e400]}", Trees.class);

    assertEquals(new BigDecimal("1e400"), trees.data().get(0).decimalValue());
  }

  /** A valid Scalars object (its primitives are required) with {@code field} set to {@code value}. */
  private static String scalars(String field, String value) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String primitive : new String[] {"tiny", "small", "count", "big", "ratio", "amount"}) {
      fields.put(primitive, "0");
    }
    fields.put("letter", "\"a\"");
    fields.put("flag", "true");
    fields.put(field, value);
    StringJoiner json = new StringJoiner(",", "{", "}");
    fields.forEach((name, text) -> json.add("\"" + name + "\":" + text));
    return json.toString();
  }
}
