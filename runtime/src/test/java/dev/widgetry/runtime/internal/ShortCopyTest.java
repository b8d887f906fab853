package dev.widgetry.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Two overlapping words copy exactly the run asked for, at any offset in source and destination,
 * and write no byte of the destination beyond it.
 */
class ShortCopyTest {
  private static final byte SENTINEL = (byte) 0xA5;
  private static final int DESTINATION_LENGTH = 40;

  @Test
  void everyLengthFromEightToSixteenCopiesItsRunAndNothingElse() {
    for (int length = ShortCopy.MIN_LENGTH; length <= ShortCopy.MAX_LENGTH; length++) {
      for (int from : new int[] {0, 1, 3}) {
        byte[] src = distinctBytes(from + length + 8);
        for (int at : new int[] {0, 1, 5, 7, 8, 13, DESTINATION_LENGTH - length}) {
          byte[] dst = new byte[DESTINATION_LENGTH];
          Arrays.fill(dst, SENTINEL);

          ShortCopy.copy(src, from, length, dst, at);

          String where = "length " + length + ", from " + from + ", at " + at;
          for (int i = 0; i < DESTINATION_LENGTH; i++) {
            byte expected = i >= at && i < at + length ? src[from + i - at] : SENTINEL;
            assertEquals(expected, dst[i], where + ", byte " + i);
          }
        }
      }
    }
  }

  /** Bytes that differ from each other and from the sentinel, so a byte copied from the wrong place shows. */
  private static byte[] distinctBytes(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (i + 1);
    }
    return bytes;
  }
}
