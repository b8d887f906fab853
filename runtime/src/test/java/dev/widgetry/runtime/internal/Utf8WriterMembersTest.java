package dev.widgetry.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.runtime.spi.EncodedString;
import org.junit.jupiter.api.Test;

/**
 * A member whose name and value were both encoded ahead (an enum constant's) is written in one call
 * as {@code name} then {@code value} would write it: with its comma or without, at every name length
 * around the runs {@link ShortCopy} copies as two words, wherever the buffer has to grow.
 */
class Utf8WriterMembersTest {
  @Test
  void aMemberIsWrittenWholeWithOrWithoutItsCommaAtEveryLengthAndBoundary() {
    for (int chars = 1; chars <= 16; chars++) {
      String name = "n".repeat(chars);
      for (String constant : new String[] {"sm", "discovery", "a-constant-of-twenty"}) {
        // A prefix of 0 to 23 bytes moves the member across the first boundaries of a buffer of 16.
        for (int prefix = 0; prefix < 24; prefix++) {
          String padding = "p".repeat(prefix);
          Utf8Writer writer = new Utf8Writer(16);
          writer.beginArray();
          writer.beginObject();
          writer.member(EncodedString.of(name), EncodedString.of(constant));
          writer.name(EncodedString.of("pad"));
          writer.value(padding);
          writer.member(EncodedString.of(name), EncodedString.of(constant));
          writer.endObject();
          writer.endArray();

          String member = "\"" + name + "\":\"" + constant + "\"";
          assertEquals("[{" + member + ",\"pad\":\"" + padding + "\"," + member + "}]", writer.toUtf8String(),
              chars + " chars, " + constant + ", prefix " + prefix);
        }
      }
    }
  }
}
