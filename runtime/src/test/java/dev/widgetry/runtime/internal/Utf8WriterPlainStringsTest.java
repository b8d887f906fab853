package dev.widgetry.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.runtime.spi.PlainStrings;
import dev.widgetry.runtime.spi.StringLists;
import dev.widgetry.runtime.spi.TreeWriter;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list known to need no escaping ({@link PlainStrings}) is copied by {@link Utf8Writer#plainStrings}
 * to the same bytes as the list written string by string, first in a document or after a value, in
 * a buffer that must grow; {@link StringLists} copies it so only when it says so and the writer is
 * a {@code Utf8Writer}.
 */
class Utf8WriterPlainStringsTest {
  private static final List<List<String>> LISTS = List.of(List.of(), List.of(""), List.of("root-child-5-10"),
      List.of("root-0", "root-1", "root-child-5-10-2", "del \u007f and space ~"));

  @Test
  void plainStringsAreTheBytesOfTheListWrittenStringByString() {
    for (List<String> list : LISTS) {
      for (boolean afterAValue : new boolean[] {false, true}) {
        Utf8Writer copied = new Utf8Writer(4);
        Utf8Writer written = new Utf8Writer(4);
        copied.beginArray();
        written.beginArray();
        if (afterAValue) {
          copied.value(1);
          written.value(1);
        }
        copied.plainStrings(list);
        written.beginArray();
        for (String string : list) {
          written.value(string);
        }
        written.endArray();
        copied.value(2);
        written.value(2);
        copied.endArray();
        written.endArray();

        assertEquals(text(written), text(copied), list + (afterAValue ? " after a value" : ""));
      }
    }
  }

  @Test
  void stringListsCopiesAListOnlyWhenItSaysItIsPlainAndTheWriterIsUtf8() {
    Marked plain = new Marked(List.of("a", "b"), true);
    // Marked plain, wrongly: copied as it is, which shows the copy was taken.
    Marked wronglyPlain = new Marked(List.of("a\"b"), true);
    Marked notPlain = new Marked(List.of("a\"b"), false);

    assertEquals("[\"a\",\"b\"]", written(plain));
    assertEquals("[\"a\"b\"]", written(wronglyPlain));
    assertEquals("[\"a\\\"b\"]", written(notPlain));
    TreeWriter tree = new TreeWriter();
    StringLists.write(tree, wronglyPlain, "null");
    assertEquals(1, tree.root().size());
    assertEquals("a\"b", tree.root().get(0).asText());
  }

  private static String written(List<String> list) {
    Utf8Writer writer = new Utf8Writer(8);
    StringLists.write(writer, list, "null");
    return text(writer);
  }

  private static String text(Utf8Writer writer) {
    return new String(writer.toByteArray(), StandardCharsets.UTF_8);
  }

  private static final class Marked extends AbstractList<String> implements PlainStrings {
    private final List<String> strings;
    private final boolean plain;

    Marked(List<String> strings, boolean plain) {
      this.strings = strings;
      this.plain = plain;
    }

    @Override
    public String get(int index) {
      return strings.get(index);
    }

    @Override
    public int size() {
      return strings.size();
    }

    @Override
    public boolean plain() {
      return plain;
    }
  }
}
