package dev.widgetry.runtime.spi;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The property names a protocol's request reader has met in one object, so that it can refuse a
 * second of any: JSON leaves duplicates to the reader, and a request naming a property twice could
 * mean either value. A request's own objects hold a handful of names, looked for in an array; an
 * object with more moves them to a hash set, so a hostile one costs time in proportion to its size.
 */
public final class PropertyNames {
  private static final int SCANNED = 8;

  private final String[] few = new String[SCANNED];
  private int count;
  private Set<String> many;

  /** Notes {@code name}; false when it was noted before. */
  public boolean add(String name) {
    if (many != null) {
      return many.add(name);
    }
    for (int i = 0; i < count; i++) {
      if (few[i].equals(name)) {
        return false;
      }
    }
    if (count < SCANNED) {
      few[count++] = name;
      return true;
    }
    many = new HashSet<>(Arrays.asList(few));
    return many.add(name);
  }
}
