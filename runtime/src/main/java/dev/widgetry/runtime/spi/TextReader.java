package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * Reads JSON strings at a {@link Cursor}: as text, a character, one of a fixed set of names, or a
 * date and time. Static, with problems going to the cursor's log: a reader object would be one
 * more object every document makes.
 */
final class TextReader {
  private TextReader() {}

  static String readString(Cursor cursor) {
    if (cursor.parser.currentToken() == JsonToken.VALUE_STRING) {
      return cursor.text();
    }
    cursor.problems().wrongToken("a string");
    return null;
  }

  static char readChar(Cursor cursor) {
    String text = readString(cursor);
    if (text == null) {
      return 0;
    }
    if (text.length() != 1) {
      cursor.problems().add("a string of exactly one character", cursor.describe(), "");
      return 0;
    }
    return text.charAt(0);
  }

  /**
   * Reads one of an enum's JSON names as its constant. Any other string is recorded as a problem
   * that suggests the closest name, and reads as null, as does a value that is not a string.
   */
  static <E extends Enum<E>> E readEnum(Cursor cursor, EnumNames<E> names) {
    if (cursor.parser.currentToken() != JsonToken.VALUE_STRING) {
      cursor.problems().wrongToken("a string");
      return null;
    }
    int index = indexOfCurrentString(cursor, names.table());
    if (index >= 0) {
      return names.constant(index);
    }
    String found = cursor.text();
    List<String> allowed = names.jsonNames();
    cursor.problems().add("one of " + Texts.quotedList(allowed), "\"" + Texts.truncate(found) + "\"",
        Texts.didYouMean(found, allowed));
    return null;
  }

  static <T> T readTemporal(Cursor cursor, Function<String, T> parse, String expected) {
    if (cursor.parser.currentToken() != JsonToken.VALUE_STRING) {
      cursor.problems().wrongToken(expected);
      return null;
    }
    String text = cursor.text();
    try {
      return parse.apply(text);
    } catch (DateTimeParseException e) {
      cursor.problems().add(expected, cursor.describe(), "");
      return null;
    }
  }

  /**
   * Where the current string is in {@code table}, or -1: matched in the parser's own buffer when it
   * has one, so that a known name makes no {@code String}.
   */
  static int indexOfCurrentString(Cursor cursor, NameTable table) {
    JsonParser parser = cursor.parser;
    try {
      return parser.hasTextCharacters()
          ? table.indexOf(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())
          : table.indexOf(parser.getText());
    } catch (IOException e) {
      throw cursor.problems().abort(e);
    }
  }
}
