package dev.widgetry.runtime.spi;

/**
 * Reads the usual JSON numbers straight from their characters, where the result is exact without
 * Jackson's number parsing: an integer of up to 18 digits fits a {@code long}; a decimal of up to
 * 15 digits and no exponent is its digits (exact in a {@code double}, below 2^53) divided by a power
 * of ten (exact up to 10^22), and one IEEE division is correctly rounded, so the result is the one
 * {@link Double#parseDouble} gives (Clinger's fast path). Anything else is left to the caller.
 */
final class NumberText {
  /** What {@link #shortInteger} returns for text it leaves to the caller: 18 digits never reach it. */
  static final long NOT_SHORT = Long.MIN_VALUE;

  private static final int MAX_INTEGER_DIGITS = 18;
  private static final int MAX_DECIMAL_DIGITS = 15;
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  private NumberText() {}

  /** The integer spelled by an optional minus and 1 to 18 digits, else {@link #NOT_SHORT}. */
  static long shortInteger(char[] text, int offset, int length) {
    int end = offset + length;
    int i = length > 0 && text[offset] == '-' ? offset + 1 : offset;
    if (i == end || end - i > MAX_INTEGER_DIGITS) {
      return NOT_SHORT;
    }
    long value = 0;
    for (; i < end; i++) {
      int digit = text[i] - '0';
      if (digit < 0 || digit > 9) {
        return NOT_SHORT;
      }
      value = value * 10 + digit;
    }
    return text[offset] == '-' ? -value : value;
  }

  /**
   * The number spelled by an optional minus and 1 to 15 digits with at most one point among them
   * (digits on both sides), else NaN, which no such text spells.
   */
  static double shortDecimal(char[] text, int offset, int length) {
    int end = offset + length;
    int i = length > 0 && text[offset] == '-' ? offset + 1 : offset;
    long digits = 0;
    int count = 0;
    int point = -1;
    for (; i < end; i++) {
      int digit = text[i] - '0';
      if (digit >= 0 && digit <= 9) {
        digits = digits * 10 + digit;
        count++;
      } else if (text[i] == '.' && point < 0 && count > 0) {
        point = count;
      } else {
        return Double.NaN;
      }
    }
    if (count == 0 || count > MAX_DECIMAL_DIGITS || point == count) {
      return Double.NaN;
    }
    double value = point < 0 ? digits : digits / POWERS_OF_TEN[count - point];
    return text[offset] == '-' ? -value : value;
  }
}
