package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonToken;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the keys of maps that may come as objects or, as a strict structured-output schema has a
 * model write them, as lists of entries {@code [{"key": ..., "value": ...}]}
 * ({@link dev.widgetry.runtime.ParseOptions#withMapEntryLists}). Either way the reader of a map
 * sees one key after another with the parser on its value, so the map's code does not change.
 *
 * <p>Which form each open map has is kept on a stack, since a map's values may be maps.
 */
final class EntryListReader {
  private static final List<String> ENTRY_PROPERTIES = List.of("key", "value");
  private static final String ENTRY = "an entry {\"key\": ..., \"value\": ...}";

  private final Cursor cursor;
  private final ProblemLog problems;
  private final boolean refuseUnknown;
  /** For each open map, innermost last: whether it is a list of entries. */
  private boolean[] entryLists = new boolean[8];
  private int depth;

  EntryListReader(Cursor cursor, ProblemLog problems, boolean refuseUnknown) {
    this.cursor = cursor;
    this.problems = problems;
    this.refuseUnknown = refuseUnknown;
  }

  /** Starts the map the parser is on, an object or a list of entries; false, with a problem, for anything else. */
  boolean begin(String what) {
    // An object a union has opened to choose its member by its first name is already begun.
    boolean object = cursor.token() == JsonToken.START_OBJECT || cursor.isOpened();
    if (!object && cursor.token() != JsonToken.START_ARRAY) {
      problems.wrongToken(what + ", or a list of its entries {\"key\": ..., \"value\": ...}");
      return false;
    }
    if (depth == entryLists.length) {
      entryLists = Arrays.copyOf(entryLists, depth * 2);
    }
    entryLists[depth++] = !object;
    return true;
  }

  /** The next key of the innermost map, with the parser on its value; null when the map has ended. */
  String nextKey() {
    if (!entryLists[depth - 1]) {
      String name = cursor.nextName();
      if (name == null) {
        depth--;
      }
      return name;
    }
    if (cursor.token() != JsonToken.START_ARRAY) {
      // The parser is on the last token of the previous entry's value: the rest of that entry.
      restOfEntry();
    }
    for (JsonToken token = cursor.next(); token != JsonToken.END_ARRAY; token = cursor.next()) {
      if (token != JsonToken.START_OBJECT) {
        problems.wrongToken(ENTRY);
        continue;
      }
      String key = openEntry();
      if (key != null) {
        return key;
      }
    }
    depth--;
    return null;
  }

  /**
   * Reads an entry up to its value and returns its key, with the parser on the value; null, with
   * the entry read to its end, when it has no usable key or no value.
   */
  private String openEntry() {
    boolean keySeen = false;
    boolean valueSeen = false;
    String key = null;
    for (String name = cursor.nextName(); name != null; name = cursor.nextName()) {
      if (name.equals("key")) {
        if (keySeen) {
          problems.add("each property once", "\"key\" a second time", "");
        }
        keySeen = true;
        key = TextReader.readString(cursor);
      } else if (name.equals("value")) {
        if (key != null) {
          return key;
        }
        if (!keySeen) {
          problems.add("\"key\" before \"value\"", "\"value\" first",
              "Write each entry as {\"key\": ..., \"value\": ...}, in that order.");
        }
        valueSeen = true;
        cursor.skipValue();
      } else {
        other(name);
      }
    }
    if (!valueSeen) {
      if (!keySeen) {
        missing("key", "a string");
      }
      missing("value", key == null ? "a value" : "the value for \"" + Texts.truncate(key) + "\"");
    }
    return null;
  }

  /** Reads what follows an entry's value up to the entry's end. */
  private void restOfEntry() {
    for (String name = cursor.nextName(); name != null; name = cursor.nextName()) {
      if (ENTRY_PROPERTIES.contains(name)) {
        problems.add("each property once", "\"" + name + "\" a second time", "");
        cursor.skipValue();
      } else {
        other(name);
      }
    }
  }

  private void other(String name) {
    if (refuseUnknown) {
      problems.add("one of the properties of an entry (key, value)", "\"" + Texts.truncate(name) + "\"",
          Texts.didYouMean(name, ENTRY_PROPERTIES));
    }
    cursor.skipValue();
  }

  /** Records a property the entry lacks; the parser is on the entry's closing brace. */
  private void missing(String name, String expected) {
    problems.addAt(cursor.pointer().appendProperty(name), cursor.location(), expected, "nothing", "");
  }
}
