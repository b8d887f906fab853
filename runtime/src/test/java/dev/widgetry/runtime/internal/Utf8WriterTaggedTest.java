package dev.widgetry.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.widgetry.runtime.spi.EncodedString;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A tagged object is opened by one copy of <code>,{"type":"tag"</code>, from its comma or past it:
 * the comma comes only where a value or a closed container precedes the object. A union's own
 * discriminator (<code>,{"component":"Text"</code>) is copied the same way, and gives the bytes
 * {@code beginObject(); name(discriminator); value(tag)} give, whatever the buffer's room.
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

  @Test
  void aTagInItsUnionsDiscriminatorIsTheBytesOfItsThreeCalls() {
    EncodedString component = EncodedString.of("component");
    EncodedString call = EncodedString.of("call");
    EncodedString escaped = EncodedString.of("k\"\u00e9");
    for (EncodedString discriminator : new EncodedString[] {component, call, escaped, EncodedString.of("type")}) {
      // The same tag under one discriminator and another in turn: each time the bytes of its own.
      for (EncodedString tag : new EncodedString[] {TEXT, CELL, EncodedString.of("\u00fcber \\ \"x\"")}) {
        String expected = written(16, discriminator, tag, false);
        String expectedUnderComponent = written(16, component, tag, false);
        for (int capacity = 16; capacity <= expected.length() + 8; capacity++) {
          assertEquals(expected, written(capacity, discriminator, tag, true),
              discriminator + "/" + tag + ", capacity " + capacity);
          assertEquals(expectedUnderComponent, written(capacity, component, tag, true),
              "component/" + tag + " after " + discriminator + ", capacity " + capacity);
        }
      }
    }
  }

  @Test
  void aDiscriminatorEqualToTheLastIsServedTheBytesMadeForIt() {
    EncodedString tag = EncodedString.of("Gauge");
    // A hand-written codec may make its discriminator anew for each write.
    byte[] first = tag.taggedUtf8(EncodedString.of("kind"));

    assertSame(first, tag.taggedUtf8(EncodedString.of("kind")));
    assertEquals(",{\"kind\":\"Gauge\"", new String(first, StandardCharsets.UTF_8));
    assertEquals(written(16, EncodedString.of("kind"), tag, false), written(16, EncodedString.of("kind"), tag, true));
    byte[] other = tag.taggedUtf8(EncodedString.of("kinds"));
    assertNotSame(first, other);
    assertEquals(",{\"kinds\":\"Gauge\"", new String(other, StandardCharsets.UTF_8));
  }

  /** {@code [1,{"discriminator":"tag"},{"discriminator":"tag","value":2}]}, in one copy each or three calls. */
  private static String written(int capacity, EncodedString discriminator, EncodedString tag, boolean oneCopy) {
    Utf8Writer writer = new Utf8Writer(capacity);
    writer.beginArray();
    writer.value(1);
    for (int i = 0; i < 2; i++) {
      if (oneCopy) {
        writer.beginTagged(discriminator, tag);
      } else {
        threeCalls(writer, discriminator, tag);
      }
      if (i == 1) {
        writer.name(VALUE);
        writer.value(2);
      }
      writer.endObject();
    }
    writer.endArray();
    return new String(writer.toByteArray(), StandardCharsets.UTF_8);
  }

  /** What {@link WidgetWriter#beginTagged(EncodedString, EncodedString)} does by default. */
  private static void threeCalls(WidgetWriter writer, EncodedString discriminator, EncodedString tag) {
    writer.beginObject();
    writer.name(discriminator);
    writer.value(tag);
  }
}
