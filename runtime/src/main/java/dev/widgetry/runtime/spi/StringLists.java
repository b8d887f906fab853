package dev.widgetry.runtime.spi;

import dev.widgetry.runtime.internal.PlainMarkedList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Reads and writes a {@code List<String>} without item constraints, the commonest container of a
 * widget, for generated code: one shared method instead of a reader and a writer in every codec
 * that has such a list, which javac would parse, enter and compile again in each. The code is the
 * one the codecs had, and small enough for the JIT to inline into each caller.
 */
public final class StringLists {
  private StringLists() {}

  /**
   * Writes {@code items} as a JSON array; a null item fails with {@code nullMessage} (the record's
   * component, "Card.tags contains null"). A list without a fast {@code get(i)} is copied first; one
   * known to need no escaping ({@link PlainMarkedList}) goes to {@link WidgetWriter#plainStrings},
   * which a UTF-8 writer copies as it is.
   */
  public static void write(WidgetWriter out, List<String> items, String nullMessage) {
    if (items instanceof PlainMarkedList && ((PlainMarkedList<String>) items).plainStrings()) {
      out.plainStrings(items);
      return;
    }
    List<String> list = items instanceof RandomAccess ? items : new ArrayList<>(items);
    out.beginArray();
    for (int i = 0, n = list.size(); i < n; i++) {
      out.value(Objects.requireNonNull(list.get(i), nullMessage));
    }
    out.endArray();
  }

  /**
   * Writes the property {@code name} holding {@code items}, as {@link OptionalMembers} writes the
   * others: the name and the array when the list is not null; the name and {@code null} when it is
   * and the writer asks for explicit nulls; nothing otherwise.
   */
  public static void write(
      WidgetWriter out, EncodedString name, List<String> items, String nullMessage, boolean explicitNulls) {
    if (items != null) {
      out.name(name);
      write(out, items, nullMessage);
    } else if (explicitNulls) {
      out.name(name);
      out.nullValue();
    }
  }

  /** Reads a JSON array of strings as {@link #read} does, or a JSON null as null. */
  public static List<String> readNullable(WidgetReader in, String expected) {
    return in.isNull() ? null : read(in, expected);
  }

  /**
   * Reads a JSON array of strings into an unmodifiable list, or null (with a problem naming
   * {@code expected}) when the value is no array.
   */
  public static List<String> read(WidgetReader in, String expected) {
    if (!in.beginArray(expected)) {
      return null;
    }
    List<String> items = new ArrayList<>();
    while (in.nextItem()) {
      items.add(in.readString());
    }
    return Collections.unmodifiableList(items);
  }
}
