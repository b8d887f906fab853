package dev.widgetry.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.runtime.spi.EncodedString;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The buffer grows wherever a write crosses its end, the comma before a value included. */
class Utf8WriterGrowthTest {

  @Test
  void aWriterOfTheSmallestCapacityWritesALongDocumentWhole() {
    Utf8Writer writer = new Utf8Writer(0);
    EncodedString name = EncodedString.of("size");
    EncodedString constant = EncodedString.of("md");
    StringBuilder expected = new StringBuilder("[");
    writer.beginArray();
    for (int i = 0; i < 200; i++) {
      // Entries of 14 and 5 bytes against a buffer of 16 doubling: every boundary falls somewhere else.
      writer.beginObject();
      writer.name(name);
      writer.value(constant);
      writer.endObject();
      writer.value(constant);
      expected.append(i == 0 ? "" : ",").append("{\"size\":\"md\"},\"md\"");
    }
    writer.endArray();
    expected.append(']');

    assertEquals(expected.toString(), new String(writer.toByteArray(), StandardCharsets.UTF_8));
  }
}
