package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.io.ContentReference;
import java.io.IOException;
import java.util.Arrays;

/**
 * The tokens of one JSON object, recorded so that it can be read after its end has been seen: a
 * union object whose {@code "type"} is not its first property, or an untagged union's object,
 * whose member shows only in its property names. Every object inside is recorded with what a
 * union needs to read it straight from the tape: where its {@code "type"} is and where it ends.
 * So an object is recorded once, however deeply the unions inside it nest, and nothing in it is
 * recorded again.
 *
 * <p>Problems found while an object is read from a tape are located at the innermost object around
 * them (see {@link #location}): a tape keeps one location per object, not one per token.
 */
final class Tape {
  /** Marks a {@code "type"} property that a union has read: replay skips it and its value. */
  static final JsonToken READ_TAG = JsonToken.NOT_AVAILABLE;
  private static final JsonToken[] TOKENS = JsonToken.values();
  /** A token's word: its {@link JsonToken} ordinal in the low bits, its link above them. */
  private static final int KIND_BITS = 4;
  private static final int MAX_TOKENS = 1 << (Integer.SIZE - 1 - KIND_BITS);

  /** Per token: its kind and, for a container's first token, an object's number or an array's last token. */
  private final IntColumn words = new IntColumn();
  /** Per token: a property name, a string, a number's {@link Number} or literal text; else null. */
  private final ObjectColumn values = new ObjectColumn();
  /** Per object, four ints: its last token, its first {@code "type"} name's token (or -1), its line and column. */
  private final IntColumn objects = new IntColumn();

  /**
   * Records the object the parser is in, in place of what this tape held, leaving the parser on its
   * closing brace: the parser is on the object's opening brace, or, when {@code openingRead}, on its
   * first property name (or its closing brace when it has none), or, when {@code firstName} is given
   * too, on the value of that first property. A reader records one object at a time, so one tape
   * serves all its recordings and a small object allocates nothing but its values.
   */
  void record(JsonParser parser, boolean openingRead, String firstName) throws IOException {
    words.clear();
    values.clear();
    objects.clear();
    copy(parser, openingRead, openingRead ? firstName : null);
  }

  private void copy(JsonParser parser, boolean openingRead, String firstName) throws IOException {
    int[] open = new int[16];
    int depth = 0;
    JsonToken token = openingRead ? JsonToken.START_OBJECT : parser.currentToken();
    while (true) {
      int index = size();
      switch (token) {
        case START_OBJECT:
          append(parser, token, objects.size() / 4, null);
          objects.add(-1);
          objects.add(-1);
          // At its opening brace, where the parser can say without making a location object.
          objects.add(lineOf(parser));
          objects.add(columnOf(parser));
          if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
          }
          open[depth++] = index;
          break;
        case START_ARRAY:
          append(parser, token, 0, null);
          if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
          }
          open[depth++] = index;
          break;
        case END_OBJECT:
          append(parser, token, 0, null);
          objects.set(4 * link(open[--depth]), index);
          break;
        case END_ARRAY:
          append(parser, token, 0, null);
          link(open[--depth], index);
          break;
        case FIELD_NAME:
          String name = index == 1 && firstName != null ? firstName : parser.currentName();
          append(parser, token, 0, name);
          int owner = link(open[depth - 1]);
          if (objects.get(4 * owner + 1) < 0 && name.equals("type")) {
            objects.set(4 * owner + 1, index);
          }
          break;
        case VALUE_STRING:
        case VALUE_NUMBER_FLOAT:
          append(parser, token, 0, parser.getText());
          break;
        case VALUE_NUMBER_INT:
          append(parser, token, 0, integer(parser));
          break;
        default:
          append(parser, token, 0, null);
      }
      if (depth == 0) {
        return;
      }
      if (index == 0 && firstName != null) {
        token = JsonToken.FIELD_NAME;
      } else {
        token = (index == 0 && openingRead) || (index == 1 && firstName != null)
            ? parser.currentToken()
            : parser.nextToken();
      }
      if (index == 0 && openingRead && token != null) {
        // An object whose tag came late is located at its first property, where reading it began.
        // Asked as a whole location: on a property name, Jackson's parsers keep the name's place apart.
        JsonLocation at = parser.currentTokenLocation();
        objects.set(2, at.getLineNr());
        objects.set(3, at.getColumnNr());
      }
      if (token == null) {
        throw new JsonParseException(parser, "Unexpected end-of-input within an object");
      }
    }
  }

  /**
   * The current integer as Jackson classifies it (an Integer, Long or BigInteger), so that a tree
   * read from a tape holds the very nodes it holds when read from the document.
   */
  private static Number integer(JsonParser parser) throws IOException {
    switch (parser.getNumberType()) {
      case INT:
        return parser.getIntValue();
      case LONG:
        return parser.getLongValue();
      default:
        return parser.getBigIntegerValue();
    }
  }

  private void append(JsonParser parser, JsonToken token, int link, Object value) throws JsonParseException {
    if (size() == MAX_TOKENS) {
      throw new JsonParseException(parser, "An object of more than " + MAX_TOKENS + " tokens cannot be recorded");
    }
    words.add(token.ordinal() | link << KIND_BITS);
    values.add(value);
  }

  private static int lineOf(JsonParser parser) {
    return parser instanceof ParserBase ? ((ParserBase) parser).getTokenLineNr() : parser.currentTokenLocation().getLineNr();
  }

  private static int columnOf(JsonParser parser) {
    return parser instanceof ParserBase
        ? ((ParserBase) parser).getTokenColumnNr()
        : parser.currentTokenLocation().getColumnNr();
  }

  private int link(int index) {
    return words.get(index) >>> KIND_BITS;
  }

  private void link(int index, int link) {
    words.set(index, (words.get(index) & ((1 << KIND_BITS) - 1)) | link << KIND_BITS);
  }

  int size() {
    return words.size();
  }

  JsonToken token(int index) {
    return TOKENS[words.get(index) & ((1 << KIND_BITS) - 1)];
  }

  Object value(int index) {
    return values.get(index);
  }

  /** The object that starts at token {@code index}. */
  int objectAt(int index) {
    return link(index);
  }

  /** The last token of the object or array that starts at token {@code index}. */
  int endOf(int index) {
    return token(index) == JsonToken.START_OBJECT ? objects.get(4 * link(index)) : link(index);
  }

  /** The token of the object's first {@code "type"} property name, or -1 when it has none. */
  int typeName(int object) {
    return objects.get(4 * object + 1);
  }

  /**
   * Lets go of the tokens before {@code index}, which replay has passed and will not read again:
   * a large tape need not be kept whole until its end is read.
   */
  void releaseBefore(int index) {
    words.releaseBefore(index);
    values.releaseBefore(index);
  }

  /** Makes replay skip the {@code "type"} property whose name is token {@code index}: it has been read. */
  void markTagRead(int index) {
    words.set(index, READ_TAG.ordinal());
  }

  /**
   * Where the object is in the document: its opening brace, but for a recorded object whose tag
   * came late, its first property (or its closing brace, when it has none).
   */
  JsonLocation location(int object) {
    return new JsonLocation(ContentReference.unknown(), -1L, objects.get(4 * object + 2), objects.get(4 * object + 3));
  }
}
