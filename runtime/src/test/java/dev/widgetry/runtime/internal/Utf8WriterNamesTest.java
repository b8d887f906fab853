package dev.widgetry.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.runtime.spi.EncodedString;
import org.junit.jupiter.api.Test;

/**
 * A name encoded ahead is written whole, with its comma or without, at every length around the
 * runs {@link ShortCopy} copies as two words (8 to 16 bytes), and from a buffer that has to grow.
 */
class Utf8WriterNamesTest {
  @Test
  void namesOfEveryLengthAroundTheTwoWordsAreWrittenWhole() {
    // ,"name": is the name's length and 4 bytes, 3 without the comma: names of 1 to 16 chars make
    // runs of 4 to 20 bytes.
    for (int chars = 1; chars <= 16; chars++) {
      String first = "a".repeat(chars);
      String second = "b".repeat(chars);
      for (int capacity : new int[] {16, 256}) {
        Utf8Writer writer = new Utf8Writer(capacity);
        writer.beginObject();
        writer.name(EncodedString.of(first));
        writer.value(1);
        writer.name(EncodedString.of(second));
        writer.value(2);
        writer.endObject();

        assertEquals("{\"" + first + "\":1,\"" + second + "\":2}", writer.toUtf8String(),
            chars + " chars, capacity " + capacity);
      }
    }
  }
}
