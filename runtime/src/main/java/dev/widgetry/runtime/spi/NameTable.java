package dev.widgetry.runtime.spi;

import java.util.HashSet;
import java.util.List;

/**
 * A fixed set of names (a union's tags, an enum's JSON names) that a {@link WidgetReader} finds
 * straight from the parser's character buffer: a known name read from JSON costs no new
 * {@code String}. An open-addressing table keyed by {@link String#hashCode()}'s function, so a
 * {@code String} and a span of characters with the same text land on the same slot.
 */
public final class NameTable {
  private final List<String> names;
  private final char[][] spellings;
  /** Per slot: the index of the name there, plus one; 0 for an empty slot. */
  private final int[] slots;
  private final int mask;

  private NameTable(List<String> names) {
    this.names = names;
    this.spellings = new char[names.size()][];
    // A power of two at least twice the names: probes stay short and always reach an empty slot.
    int capacity = Integer.highestOneBit(Math.max(1, names.size()) * 4 - 1);
    this.slots = new int[capacity];
    this.mask = capacity - 1;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      spellings[i] = name.toCharArray();
      int slot = name.hashCode() & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
  }

  /** A table of these names, which must be distinct; their order gives their indexes. */
  public static NameTable of(String... names) {
    List<String> list = List.of(names);
    if (new HashSet<>(list).size() != list.size()) {
      throw new IllegalArgumentException("Names repeat: " + list);
    }
    return new NameTable(list);
  }

  /** The names, in order. */
  public List<String> names() {
    return names;
  }

  /** The name at {@code index}: the very instance this table was built with. */
  public String name(int index) {
    return names.get(index);
  }

  /** The index of the name spelled by {@code length} characters of {@code text} from {@code offset}, or -1. */
  public int indexOf(char[] text, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + text[i];
    }
    for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int index = slots[slot] - 1;
      if (spells(spellings[index], text, offset, length)) {
        return index;
      }
    }
    return -1;
  }

  /** The index of {@code text}, or -1. */
  public int indexOf(String text) {
    for (int slot = text.hashCode() & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int index = slots[slot] - 1;
      if (names.get(index).equals(text)) {
        return index;
      }
    }
    return -1;
  }

  private static boolean spells(char[] name, char[] text, int offset, int length) {
    if (name.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (name[i] != text[offset + i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return names.toString();
  }
}
