package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.model.Scalars;
import dev.widgetry.tests.model.Trees;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A JSON number read into a {@code double} (a record's, or a tree's) is what Java's
 * {@link Double#parseDouble} makes of its text, to the bit: the parser reads fractions without
 * making a {@code String} of each, and must round as Java does. Hard cases (halfway points,
 * subnormals, the largest values, long mantissas) and random ones from a seed.
 */
class DoubleTextTest {
  private static final String[] HARD = {
    "0.1", "24.95", "1.5", "-0.0", "0.0", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
    "2.2250738585072011e-308", "2.2250738585072012e-308", "1.7976931348623157e308", "1.7976931348623158e308",
    "9007199254740993", "9007199254740993.0000000000000001", "1.00000000000000011102230246251565404236316680908203125",
    "1.00000000000000011102230246251565404236316680908203124", "123456789012345678901234567890e-10",
    "0.000000000000000000000000000000000000000000001e45", "7.038531e-26", "1e23", "8.41e21", "5e-324",
    "1" + "0".repeat(300) + ".5", "0." + "0".repeat(320) + "1", "3." + "14159265358979323846".repeat(10),
  };

  @Test
  void aDoubleIsWhatJavaReadsItsTextAs() {
    List<String> texts = new ArrayList<>(List.of(HARD));
    Random random = new Random(20261130L);
    for (int i = 0; i < 5_000; i++) {
      texts.add(Double.toString(Double.longBitsToDouble(random.nextLong())).replace("Infinity", "1e400")
          .replace("NaN", "0.5"));
      texts.add(digits(random, 1 + random.nextInt(25)) + "." + digits(random, 1 + random.nextInt(25))
          + "e" + (random.nextInt(640) - 330));
    }

    for (String text : texts) {
      double expected = Double.parseDouble(text);
      if (!Double.isFinite(expected)) {
        continue;
      }
      String record = "{\"tiny\":0,\"small\":0,\"count\":0,\"big\":0,\"ratio\":0,\"letter\":\"a\",\"flag\":true,"
          + "\"amount\":" + text + "}";
      assertEquals(expected, Widgets.codec(Scalars.class).fromJson(record.getBytes(StandardCharsets.UTF_8)).amount(), text);
      assertEquals(expected, Widgets.fromJson(record, Scalars.class).amount(), text);
      Trees tree = Widgets.fromJson("{\"data\":" + text + "}", Trees.class);
      assertEquals(expected, tree.data().doubleValue(), text);
    }
  }

  private static String digits(Random random, int count) {
    StringBuilder digits = new StringBuilder();
    digits.append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < count; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }
}
