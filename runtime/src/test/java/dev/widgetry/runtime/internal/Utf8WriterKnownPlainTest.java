package dev.widgetry.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A string noted as known to need no escaping ({@link Utf8Writer#knownPlain}) is copied by
 * {@code value(String)} to the bytes it has unnoted, first in a document or after a value, in a
 * buffer of every size around what it needs; the note holds for that very string only (an equal
 * string, or one written after another note or a reset, is looked at as before), which shows in
 * what a wrong note writes.
 */
class Utf8WriterKnownPlainTest {
  private static final List<String> PLAIN = List.of("", "root", "root-child-5-10-2", "/lines/10/quantity",
      "a plain string of more than sixteen chars ~", "del \u007f");

  @Test
  void aNotedStringIsTheBytesItHasUnnoted() {
    for (String string : PLAIN) {
      String expected = written(16, string, false);
      for (int capacity = 16; capacity <= expected.length() + 8; capacity++) {
        assertEquals(expected, written(capacity, string, true), string + ", capacity " + capacity);
      }
    }
  }

  @Test
  void theNoteHoldsForThatVeryStringOnly() {
    // Noted wrongly: copied as it is, which shows where the note was taken.
    String quoted = "a\"b";
    String equal = new String(quoted.toCharArray());
    Utf8Writer writer = new Utf8Writer(16);
    writer.beginArray();
    writer.knownPlain(quoted);
    writer.value(quoted);
    writer.value(equal);
    writer.value(quoted);
    writer.knownPlain("other");
    writer.value(quoted);
    writer.endArray();

    assertEquals("[\"a\"b\",\"a\\\"b\",\"a\"b\",\"a\\\"b\"]", text(writer));

    writer.reset(false);
    writer.knownPlain(quoted);
    writer.reset(false);
    writer.value(quoted);
    assertEquals("\"a\\\"b\"", text(writer));
  }

  /** {@code [1,{"id":string},string]}, the string noted or not. */
  private static String written(int capacity, String string, boolean noted) {
    Utf8Writer writer = new Utf8Writer(capacity);
    if (noted) {
      writer.knownPlain(string);
    }
    writer.beginArray();
    writer.value(1);
    writer.beginObject();
    writer.name("id");
    writer.value(string);
    writer.endObject();
    writer.value(string);
    writer.endArray();
    return text(writer);
  }

  private static String text(Utf8Writer writer) {
    return new String(writer.toByteArray(), StandardCharsets.UTF_8);
  }
}
