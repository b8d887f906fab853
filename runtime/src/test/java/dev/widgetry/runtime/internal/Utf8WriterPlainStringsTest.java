package dev.widgetry.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.runtime.spi.StringLists;
import dev.widgetry.runtime.spi.TreeWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list known to need no escaping ({@link PlainMarkedList}) is copied by {@link Utf8Writer#plainStrings}
 * to the same bytes as the list written string by string, first in a document or after a value, in
 * a buffer that must grow, or that has exactly the room or a byte too little; {@link StringLists}
 * copies it so only when it says so and the writer is a {@code Utf8Writer}; and what
 * {@link Utf8Writer#needsNoEscaping} says of each char is what {@code value} does with it.
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
  void theCopyFillsABufferOfEverySizeAroundWhatItNeeds() {
    List<String> list = List.of("root-0", "root-child-5-10-2");
    String expected = "[1,[\"root-0\",\"root-child-5-10-2\"]]";
    // The buffer's first size (16 at least) leaves from too little to more than the room the copy needs.
    for (int capacity = 16; capacity <= expected.length() + 8; capacity++) {
      Utf8Writer copied = new Utf8Writer(capacity);
      copied.beginArray();
      copied.value(1);
      copied.plainStrings(list);
      copied.endArray();

      assertEquals(expected, text(copied), "capacity " + capacity);
    }
  }

  @Test
  void eachCharNeedsNoEscapingExactlyWhenTheWriterCopiesItAsItIs() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      Utf8Writer writer = new Utf8Writer(8);
      writer.value(String.valueOf(c));
      byte[] bytes = writer.toByteArray();
      boolean copied = bytes.length == 3 && (bytes[1] & 0xFF) == c;
      assertEquals(copied, Utf8Writer.needsNoEscaping(String.valueOf(c)), "char " + (int) c);
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

  private static final class Marked extends PlainMarkedList<String> {
    private final List<String> strings;

    Marked(List<String> strings, boolean plain) {
      super(plain);
      this.strings = strings;
    }

    @Override
    public String get(int index) {
      return strings.get(index);
    }

    @Override
    public int size() {
      return strings.size();
    }
  }
}
