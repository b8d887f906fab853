package dev.widgetry.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The {@code String}s of property names read from request bodies, so that a name met before (the
 * same few, request after request) costs no new one. A fixed table: each slot keeps the last name
 * that hashed to it, so names a client makes up displace others and cost what they cost without a
 * cache, but never grow it. Shared by threads: a slot holds an immutable entry, published by the
 * final-field rule, and a lost update only costs a later miss.
 */
final class PropertyNameCache {
  private static final int SLOTS = 64;

  private final Entry[] slots = new Entry[SLOTS];

  private record Entry(byte[] spelling, String name) {}

  /** The name spelled in ASCII by {@code body} from {@code from} to {@code to}. */
  String name(byte[] body, int from, int to) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + body[i];
    }
    int slot = (hash ^ (hash >>> 7)) & (SLOTS - 1);
    Entry entry = slots[slot];
    if (entry != null && Arrays.equals(entry.spelling, 0, entry.spelling.length, body, from, to)) {
      return entry.name;
    }
    String name = new String(body, from, to - from, StandardCharsets.ISO_8859_1);
    slots[slot] = new Entry(Arrays.copyOfRange(body, from, to), name);
    return name;
  }
}
