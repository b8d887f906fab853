package dev.widgetry.runtime.spi;

import java.util.Arrays;

/** Like {@link IntColumn}, for references: the names, strings and numbers of a {@link Tape}. */
final class ObjectColumn {
  private static final int CHUNK_BITS = IntColumn.CHUNK_BITS;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int MASK = CHUNK - 1;

  private Object[][] chunks = {new Object[16]};
  private Object[] last = chunks[0];
  private int filled;
  private int size;

  Object get(int index) {
    return chunks[index >>> CHUNK_BITS][index & MASK];
  }

  /** Appends {@code value}; its index is the number of values added before it. */
  void add(Object value) {
    if (filled == last.length) {
      grow();
    }
    last[filled++] = value;
    size++;
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
    last = new Object[CHUNK];
    chunks[chunk] = last;
    filled = 0;
  }

  /**
   * Empties the column for a new tape, keeping its first chunk (a small tape's only one) to fill
   * again, without the values it held.
   */
  void clear() {
    if (chunks[0] == null || chunks.length > 1) {
      Object[] first = chunks[0] == null ? new Object[16] : chunks[0];
      chunks = new Object[][] {first};
    }
    last = chunks[0];
    Arrays.fill(last, 0, Math.min(size, last.length), null);
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
