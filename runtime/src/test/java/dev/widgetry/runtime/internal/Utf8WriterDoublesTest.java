package dev.widgetry.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Doubles of one to three fraction digits skip {@link Double#toString} (see
 * {@link Numbers#shortDecimal}); what is written stays what {@code Double.toString} writes, which
 * is also what Jackson's generator writes.
 */
class Utf8WriterDoublesTest {
  private final Utf8Writer writer = new Utf8Writer(64);

  @Test
  void decimalsOfUpToThreeFractionDigitsAreWrittenAsDoubleToStringWritesThem() {
    for (long n = 1; n < 200_000; n++) {
      for (long unit : new long[] {10, 100, 1000}) {
        double decimal = n / (double) unit;
        assertWrittenAsTheJdkWritesIt(decimal);
        assertWrittenAsTheJdkWritesIt(-decimal);
        // The doubles on either side have no short decimal: the JDK's longer text is written.
        assertWrittenAsTheJdkWritesIt(Math.nextUp(decimal));
        assertWrittenAsTheJdkWritesIt(Math.nextDown(decimal));
      }
    }
  }

  @Test
  void largeAndRandomDoublesAreWrittenAsDoubleToStringWritesThem() {
    Random random = new Random(13);
    for (int i = 0; i < 200_000; i++) {
      double any = random.nextDouble() * Math.pow(10, random.nextInt(12) - 4);
      assertWrittenAsTheJdkWritesIt(any);
      assertWrittenAsTheJdkWritesIt(Math.round(any * 1000) / 1000.0);
      assertWrittenAsTheJdkWritesIt(9_999_000 + Math.round(any * 1000) % 1_000_000 / 1000.0);
    }
    for (double edge : new double[] {9_999_999.999, Math.nextDown(1e7), 1e7 + 0.5, 12_345_678.25, 0.001,
        Math.nextDown(0.001), 0.0005, 0.1 + 0.2, -0.0, Double.MIN_VALUE, Double.MAX_VALUE}) {
      assertWrittenAsTheJdkWritesIt(edge);
    }
  }

  @Test
  void onlyShortPlainDecimalsTakeTheShortCut() {
    assertShortDecimal(1.25, 125, 2);
    assertShortDecimal(-168.5, 1685, 1);
    assertShortDecimal(0.001, 1, 3);
    assertShortDecimal(9_999_999.999, 9_999_999_999L, 3);
    assertEquals(0, Numbers.shortDecimal(0.1 + 0.2));
    assertEquals(0, Numbers.shortDecimal(0.0005));
    assertEquals(0, Numbers.shortDecimal(1e7 + 0.5));
    assertEquals(0, Numbers.shortDecimal(Double.NaN));
    assertEquals(0, Numbers.shortDecimal(Double.POSITIVE_INFINITY));
  }

  @Test
  void aFewValuesAreWrittenAsTheirTextsSay() {
    Map<Double, String> texts = new LinkedHashMap<>();
    texts.put(2.0, "2");
    texts.put(2.5, "2.5");
    texts.put(-0.0, "-0.0");
    texts.put(19.99, "19.99");
    texts.put(0.001, "0.001");
    texts.put(9007199254740992.0, "9007199254740992");
    texts.put(9007199254740994.0, "9.007199254740994E15");
    texts.forEach((value, text) -> {
      writer.reset(false);
      writer.value(value);
      assertEquals(text, new String(writer.toByteArray(), StandardCharsets.US_ASCII), () -> "for " + value);
    });
  }

  private static void assertShortDecimal(double value, long digits, int fractionDigits) {
    long decimal = Numbers.shortDecimal(value);
    assertEquals(digits, Numbers.digits(decimal), () -> "digits of " + value);
    assertEquals(fractionDigits, Numbers.fractionDigits(decimal), () -> "fraction digits of " + value);
  }

  private void assertWrittenAsTheJdkWritesIt(double value) {
    writer.reset(false);
    writer.value(value);
    // Integral doubles up to 2^53 are written as integers; told apart here without
    // Numbers, so that the writer's own test of it is checked too.
    boolean integral = value == Math.rint(value) && Math.abs(value) <= 9007199254740992.0
        && Double.doubleToRawLongBits(value) != Long.MIN_VALUE;
    String expected = integral ? Long.toString((long) value) : Double.toString(value);
    assertEquals(expected, new String(writer.toByteArray(), StandardCharsets.US_ASCII), () -> "for " + value);
  }
}
