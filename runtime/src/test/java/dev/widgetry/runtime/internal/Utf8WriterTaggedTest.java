package dev.widgetry.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.runtime.spi.EncodedString;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A tagged object is opened by one copy of <code>,{"type":"tag"</code>, from its comma or past it:
 * the comma comes only where a value or a closed container precedes the object.
 */
class Utf8WriterTaggedTest {
  private static final EncodedString CELL = EncodedString.of("Table.Cell");
  private static final EncodedString TEXT = EncodedString.of("Text");
  private static final EncodedString CHILDREN = EncodedString.of("children");
  private static final EncodedString VALUE = EncodedString.of("value");

  @Test
  void aTaggedObjectTakesACommaOnlyAfterASibling() {
    Utf8Writer writer = new Utf8Writer(16);
    writer.beginArray();
    writer.beginTagged(CELL);
    writer.name(CHILDREN);
    writer.beginArray();
    writer.beginTagged(TEXT);
    writer.name(VALUE);
    writer.value("a");
    writer.endObject();
    writer.beginTagged(TEXT);
    writer.endObject();
    writer.endArray();
    writer.endObject();
    writer.beginTagged(CELL);
    writer.endObject();
    writer.endArray();

    assertEquals("[{\"type\":\"Table.Cell\",\"children\":[{\"type\":\"Text\",\"value\":\"a\"},{\"type\":\"Text\"}]},"
        + "{\"type\":\"Table.Cell\"}]", new String(writer.toByteArray(), StandardCharsets.UTF_8));
  }

  @Test
  void aTopLevelTaggedObjectHasNoComma() {
    Utf8Writer writer = new Utf8Writer(16);
    writer.beginTagged(EncodedString.of("Card"));
    writer.endObject();

    assertEquals("{\"type\":\"Card\"}", new String(writer.toByteArray(), StandardCharsets.UTF_8));
  }
}
