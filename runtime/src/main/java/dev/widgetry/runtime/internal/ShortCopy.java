package dev.widgetry.runtime.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Copies a run of {@value #MIN_LENGTH} to {@value #MAX_LENGTH} bytes as two 8-byte words that
 * overlap: the first 8 bytes and the last 8. Most member names encoded ahead with their comma and
 * colon ({@code ,"children":} is 12 bytes) and ChatKit's type tags ({@code ,{"type":"Text"} is 15)
 * are this long; A2UI's tags ({@code ,{"component":"Text"} is 20) are not. For runs this short
 * {@code System.arraycopy}'s call and checks cost more than the copy itself.
 */
final class ShortCopy {
  static final int MIN_LENGTH = 8;
  static final int MAX_LENGTH = 16;
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private ShortCopy() {}

  /**
   * Copies {@code src[from, from + length)} to {@code dst[at, at + length)}, {@code length} from
   * {@link #MIN_LENGTH} to {@link #MAX_LENGTH}; no byte of {@code dst} outside that range is written.
   */
  static void copy(byte[] src, int from, int length, byte[] dst, int at) {
    long first = (long) WORDS.get(src, from);
    long last = (long) WORDS.get(src, from + length - 8);
    WORDS.set(dst, at, first);
    WORDS.set(dst, at + length - 8, last);
  }
}
