package dev.widgetry.runtime.spi;

import java.util.Arrays;

/**
 * A growable array of ints kept in chunks, so that growing never copies what is stored: a
 * {@link Tape} of a large document holds millions of them. The first chunk starts small and
 * doubles up to the chunk size, so that a small tape stays small.
 */
final class IntColumn {
  static final int CHUNK_BITS = 12;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int MASK = CHUNK - 1;

  private int[][] chunks = {new int[16]};
  /** The chunk being filled, and how much of it is. */
  private int[] last = chunks[0];
  private int filled;
  private int size;

  int get(int index) {
    return chunks[index >>> CHUNK_BITS][index & MASK];
  }

  void set(int index, int value) {
    chunks[index >>> CHUNK_BITS][index & MASK] = value;
  }

  /** Appends {@code value} and returns its index. */
  int add(int value) {
    if (filled == last.length) {
      grow();
    }
    last[filled++] = value;
    return size++;
  }

  private void grow() {
    int chunk = size >>> CHUNK_BITS;
    if (last.length < CHUNK) {
      last = Arrays.copyOf(last, last.length * 2);
      chunks[chunk] = last;
      return;
    }
    if (chunk == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunk * 2);
    }
    last = new int[CHUNK];
    chunks[chunk] = last;
    filled = 0;
  }

  int size() {
    return size;
  }

  /** Empties the column for a new tape, keeping its first chunk (a small tape's only one) to fill again. */
  void clear() {
    if (chunks[0] == null || chunks.length > 1) {
      int[] first = chunks[0] == null ? new int[16] : chunks[0];
      chunks = new int[][] {first};
    }
    last = chunks[0];
    filled = 0;
    size = 0;
  }

  /** Drops the chunks that hold only indexes below {@code index}: they will not be read again. */
  void releaseBefore(int index) {
    for (int chunk = (index >>> CHUNK_BITS) - 1; chunk >= 0 && chunks[chunk] != null; chunk--) {
      chunks[chunk] = null;
    }
  }
}
