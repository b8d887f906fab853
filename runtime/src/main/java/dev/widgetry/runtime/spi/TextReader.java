package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/** Reads JSON strings: as text, a character, one of a fixed set of names, or a date and time. */
final class TextReader {
  private final Cursor cursor;
  private final ProblemLog problems;

  TextReader(Cursor cursor, ProblemLog problems) {
    this.cursor = cursor;
    this.problems = problems;
  }

  String readString() {
    if (cursor.parser.currentToken() == JsonToken.VALUE_STRING) {
      return cursor.text();
    }
    problems.wrongToken("a string");
    return null;
  }

  char readChar() {
    String text = readString();
    if (text == null) {
      return 0;
    }
    if (text.length() != 1) {
      problems.add("a string of exactly one character", cursor.describe(), "");
      return 0;
    }
    return text.charAt(0);
  }

  /**
   * Reads one of an enum's JSON names as its constant. Any other string is recorded as a problem
   * that suggests the closest name, and reads as null, as does a value that is not a string.
   */
  <E extends Enum<E>> E readEnum(EnumNames<E> names) {
    if (cursor.parser.currentToken() != JsonToken.VALUE_STRING) {
      problems.wrongToken("a string");
      return null;
    }
    int index = indexOfCurrentString(names.table());
    if (index >= 0) {
      return names.constant(index);
    }
    String found = cursor.text();
    List<String> allowed = names.jsonNames();
    problems.add("one of " + Texts.quotedList(allowed), "\"" + Texts.truncate(found) + "\"",
        Texts.didYouMean(found, allowed));
    return null;
  }

  <T> T readTemporal(Function<String, T> parse, String expected) {
    if (cursor.parser.currentToken() != JsonToken.VALUE_STRING) {
      problems.wrongToken(expected);
      return null;
    }
    String text = cursor.text();
    try {
      return parse.apply(text);
    } catch (DateTimeParseException e) {
      problems.add(expected, cursor.describe(), "");
      return null;
    }
  }

  /**
   * Where the current string is in {@code table}, or -1: matched in the parser's own buffer when it
   * has one, so that a known name makes no {@code String}.
   */
  int indexOfCurrentString(NameTable table) {
    JsonParser parser = cursor.parser;
    try {
      return parser.hasTextCharacters()
          ? table.indexOf(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())
          : table.indexOf(parser.getText());
    } catch (IOException e) {
      throw problems.abort(e);
    }
  }
}
