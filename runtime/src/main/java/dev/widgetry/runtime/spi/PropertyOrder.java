package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;

/**
 * A record's JSON property names in their declared order, each pre-encoded, so that a reader can
 * ask the parser for the name it expects next: the name that follows the one just read. Input
 * written in that order (Widgetry writes it so, and most clients keep a record's order) has each
 * name matched against the parser's bytes, without Jackson's look-up of the name in its symbol
 * table; any other name is read as usual. The reader says which name it expects by its position,
 * which it knows from the property it has just read, so that asking costs no look-up either.
 * Generated readers ask through {@link WidgetReader#nextProperty(PropertyOrder, int)}, which
 * answers with the name's position (their {@code switch} is on it), a protocol's request reader
 * directly.
 */
public final class PropertyOrder {
  /** What {@link WidgetReader#nextProperty} answers when the object has ended. */
  public static final int END = -1;
  /** What {@link #moveToExpected} answers when the parser is on a name other than the expected one. */
  private static final int OTHER = -2;
  private final SerializableString[] encoded;
  /** The position of each name, for names that come out of order. */
  private final NameTable positions;

  private PropertyOrder(NameTable positions) {
    this.positions = positions;
    this.encoded = positions.names().stream().map(SerializedString::new).toArray(SerializableString[]::new);
  }

  /**
   * These names as an unmodifiable list, a codec's {@code PROPERTIES}: {@code List.of} would do, but
   * javac resolves a call to it by inferring the type of each of its twelve overloads, and a codec's
   * compile time is mostly such resolution.
   */
  public static List<String> names(String... names) {
    return List.of(names);
  }

  /** The order of these names, which must be distinct. */
  public static PropertyOrder of(List<String> names) {
    return new PropertyOrder(NameTable.of(names.toArray(String[]::new)));
  }

  /**
   * Moves {@code parser} to the next property of the object it is in and returns the property's
   * name with the parser on its value, or null when the object has ended. The parser is asked
   * first for the name at position {@code expected} in this order (the first when it is past the
   * last): 0 for an object's first property, and after a name of this order the position after its
   * own. Any other name is read all the same; an expected position only saves work when it is right.
   */
  public String nextName(JsonParser parser, int expected) throws IOException {
    int position = moveToExpected(parser, expected);
    if (position == END) {
      return null;
    }
    if (position != OTHER) {
      return encoded[position].getValue();
    }
    String name = parser.currentName();
    parser.nextToken();
    return name;
  }

  /**
   * As {@link #nextName}, answering with the name's position in this order: {@link #END} when the
   * object has ended, the number of names for a name not in it (the parser's current name tells it).
   */
  int nextPosition(JsonParser parser, int expected) throws IOException {
    int position = moveToExpected(parser, expected);
    if (position != OTHER) {
      return position;
    }
    String name = parser.currentName();
    parser.nextToken();
    return indexOf(name);
  }

  /**
   * Asks {@code parser} for the next name, the one at {@code expected} first: that position, with
   * the parser on the property's value; {@link #OTHER} with the parser on another name; or
   * {@link #END}.
   */
  private int moveToExpected(JsonParser parser, int expected) throws IOException {
    if (encoded.length == 0) {
      return parser.nextFieldName() == null ? END : OTHER;
    }
    int hint = expected < encoded.length ? expected : 0;
    if (parser.nextFieldName(encoded[hint])) {
      parser.nextToken();
      return hint;
    }
    return parser.currentToken() == JsonToken.FIELD_NAME ? OTHER : END;
  }

  /** The position of {@code name} in this order, or the number of names for a name not in it. */
  int indexOf(String name) {
    int position = positions.indexOf(name);
    return position < 0 ? encoded.length : position;
  }

  @Override
  public String toString() {
    return positions.toString();
  }
}
