package dev.widgetry.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast paths against the JDK's own parsing, as the oracle: the same value, bit for bit, or none. */
class NumberTextTest {

  @Test
  void readsShortIntegersAsLongParseLongDoes() {
    SplittableRandom random = new SplittableRandom(16);
    for (int i = 0; i < 100_000; i++) {
      long value = random.nextLong() / (long) Math.pow(10, random.nextInt(19));
      String text = Long.toString(value);
      if (text.replace("-", "").length() <= 18) {
        assertEquals(Long.parseLong(text), shortInteger(text), text);
      }
    }
    for (String text : List.of("0", "-0", "7", "-7", "999999999999999999", "-999999999999999999")) {
      assertEquals(Long.parseLong(text), shortInteger(text), text);
    }
  }

  @Test
  void leavesLongIntegersAndOtherTextToTheCaller() {
    for (String text : List.of("1000000000000000000", "-9223372036854775808", "", "-", "1.5", "1e3", "+1", "NaN", "1-")) {
      assertEquals(NumberText.NOT_SHORT, shortInteger(text), text);
    }
  }

  @Test
  void readsShortDecimalsAsDoubleParseDoubleDoes() {
    SplittableRandom random = new SplittableRandom(16);
    for (int i = 0; i < 200_000; i++) {
      int digits = 1 + random.nextInt(15);
      long unscaled = random.nextLong(1, (long) Math.pow(10, digits)) * (random.nextBoolean() ? 1 : -1);
      String text = new BigDecimal(java.math.BigInteger.valueOf(unscaled), random.nextInt(digits)).toPlainString();
      assertBitsEqual(Double.parseDouble(text), NumberText.shortDecimal(text.toCharArray(), 0, text.length()), text);
    }
    for (String text : List.of("0.0", "-0.0", "0", "-0", "0.1", "0.3", "24.95", "123456789012.345", "0.00000000000001",
        "999999999999999", "-99999999999999.9", "4.35", "9007199254740.99")) {
      assertBitsEqual(Double.parseDouble(text), NumberText.shortDecimal(text.toCharArray(), 0, text.length()), text);
    }
  }

  @Test
  void leavesLongDecimalsExponentsAndOtherTextToTheCaller() {
    for (String text : List.of("0.1234567890123456", "0.000000000000001", "9007199254740.993", "1234567890123456", "1e5", "1.5E-3", "1.", ".5", "-.5", "1..2",
        "1.2.3", "", "-", "NaN", "Infinity", "+1.5")) {
      assertTrue(Double.isNaN(NumberText.shortDecimal(text.toCharArray(), 0, text.length())), text);
    }
  }

  @Test
  void readsASpanOfALargerBuffer() {
    char[] buffer = "xx-24.95yy".toCharArray();
    assertBitsEqual(-24.95, NumberText.shortDecimal(buffer, 2, 6), "-24.95");
    assertEquals(-24, NumberText.shortInteger(buffer, 2, 3));
  }

  private static long shortInteger(String text) {
    return NumberText.shortInteger(text.toCharArray(), 0, text.length());
  }

  private static void assertBitsEqual(double expected, double actual, String text) {
    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), text);
  }
}
