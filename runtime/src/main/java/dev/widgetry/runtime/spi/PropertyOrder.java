package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.List;

/**
 * A record's JSON property names in their declared order, each pre-encoded, so that a reader can
 * ask the parser for the name it expects next: the name that follows the one just read. Input
 * written in that order (Widgetry writes it so, and most clients keep a record's order) has each
 * name matched against the parser's bytes, without Jackson's look-up of the name in its symbol
 * table; any other name is read as usual ({@link WidgetReader#nextName(PropertyOrder, String)}).
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
   * The name expected after {@code previous}: the next one in order, the first after the last, an
   * unknown name or none at all; null when the record has no properties.
   */
  SerializableString after(String previous) {
    if (encoded.length == 0) {
      return null;
    }
    int next = previous == null ? 0 : names.indexOf(previous) + 1;
    return encoded[next < encoded.length ? next : 0];
  }

  @Override
  public String toString() {
    return names.toString();
  }
}
