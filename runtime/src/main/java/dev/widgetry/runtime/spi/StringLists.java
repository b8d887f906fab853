package dev.widgetry.runtime.spi;

import dev.widgetry.runtime.internal.Utf8Writer;
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
   * known to need no escaping ({@link PlainStrings}) is copied as it is to a {@link Utf8Writer}.
   */
  public static void write(WidgetWriter out, List<String> items, String nullMessage) {
    if (out instanceof Utf8Writer && items instanceof PlainStrings && ((PlainStrings) items).plain()) {
      ((Utf8Writer) out).plainStrings(items);
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
