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
 * table; any other name is read as usual. Generated readers ask through
 * {@link WidgetReader#nextName(PropertyOrder, String)}, a protocol's request reader directly.
 */
public final class PropertyOrder {
  private final NameTable names;
  private final SerializableString[] encoded;

  private PropertyOrder(List<String> names) {
    this.names = NameTable.of(names.toArray(new String[0]));
    this.encoded = names.stream().map(SerializedString::new).toArray(SerializableString[]::new);
  }

  /** The order of these names, which must be distinct. */
  public static PropertyOrder of(List<String> names) {
    return new PropertyOrder(names);
  }

  /**
   * Moves {@code parser} to the next property of the object it is in and returns the property's
   * name with the parser on its value, or null when the object has ended. The parser is asked
   * first for the name expected after {@code previous} (the name read before in this object, null
   * for the first): the next one in order, the first after the last or an unknown name.
   */
  public String nextName(JsonParser parser, String previous) throws IOException {
    if (encoded.length == 0) {
      String name = parser.nextFieldName();
      if (name != null) {
        parser.nextToken();
      }
      return name;
    }
    int next = previous == null ? 0 : names.indexOf(previous) + 1;
    SerializableString expected = encoded[next < encoded.length ? next : 0];
    if (parser.nextFieldName(expected)) {
      parser.nextToken();
      return expected.getValue();
    }
    if (parser.currentToken() != JsonToken.FIELD_NAME) {
      return null;
    }
    String name = parser.currentName();
    parser.nextToken();
    return name;
  }

  @Override
  public String toString() {
    return names.toString();
  }
}
