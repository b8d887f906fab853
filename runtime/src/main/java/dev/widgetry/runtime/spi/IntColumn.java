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
  private int size;

  int get(int index) {
    return chunks[index >>> CHUNK_BITS][index & MASK];
  }

  void set(int index, int value) {
    chunks[index >>> CHUNK_BITS][index & MASK] = value;
  }

  /** Appends {@code value} and returns its index. */
  int add(int value) {
    int chunk = size >>> CHUNK_BITS;
    int offset = size & MASK;
    if (chunk == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunk * 2);
    }
    if (chunks[chunk] == null) {
      chunks[chunk] = new int[CHUNK];
    } else if (offset == chunks[chunk].length) {
      chunks[chunk] = Arrays.copyOf(chunks[chunk], offset * 2);
    }
    chunks[chunk][offset] = value;
    return size++;
  }

  int size() {
    return size;
  }
}
