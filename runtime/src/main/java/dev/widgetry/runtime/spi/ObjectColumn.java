package dev.widgetry.runtime.spi;

import java.util.Arrays;

/** Like {@link IntColumn}, for references: the names, strings and numbers of a {@link Tape}. */
final class ObjectColumn {
  private static final int CHUNK_BITS = IntColumn.CHUNK_BITS;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int MASK = CHUNK - 1;

  private Object[][] chunks = {new Object[16]};
  private int size;

  Object get(int index) {
    return chunks[index >>> CHUNK_BITS][index & MASK];
  }

  /** Appends {@code value}; its index is the number of values added before it. */
  void add(Object value) {
    int chunk = size >>> CHUNK_BITS;
    int offset = size & MASK;
    if (chunk == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunk * 2);
    }
    if (chunks[chunk] == null) {
      chunks[chunk] = new Object[CHUNK];
    } else if (offset == chunks[chunk].length) {
      chunks[chunk] = Arrays.copyOf(chunks[chunk], offset * 2);
    }
    chunks[chunk][offset] = value;
    size++;
  }
}
