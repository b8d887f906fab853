package dev.widgetry.runtime.internal;

/** Number formatting shared by both writers, so they agree to the byte. */
public final class Numbers {
  /** Doubles with no fraction up to 2^53 print as integers: beyond that, digits would be invented. */
  private static final double MAX_SAFE_INTEGER = 9007199254740992d;
  /** Below this a double's text is plain digits ({@code 1234567.5}), from it on scientific ({@code 1.0E7}). */
  private static final double PLAIN_LIMIT = 1e7;
  /** 10^k for the fraction digits {@link #shortDecimal} tries, exact as doubles and as longs. */
  static final long[] TENS = {1, 10, 100, 1000};

  private Numbers() {}

  /** Whether a double prints as an integer: no fraction, and small enough that no digit is invented. */
  public static boolean isSmallIntegral(double value) {
    return value == Math.rint(value) && Math.abs(value) <= MAX_SAFE_INTEGER && !isNegativeZero(value);
  }

  /** The shortest text of a finite double; NaN and infinities are refused. */
  public static String finiteText(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(value + " has no JSON form: widgets hold finite numbers only");
    }
    return Double.toString(value);
  }

  /** The shortest text of a finite float; NaN and infinities are refused. */
  public static String finiteText(float value) {
    if (!Float.isFinite(value)) {
      throw new IllegalArgumentException(value + " has no JSON form: widgets hold finite numbers only");
    }
    return Float.toString(value);
  }

  /**
   * A double {@link Double#toString} writes in plain notation with one to three fraction digits,
   * as the integer of its digits and their number {@code k} ({@link #digits}, {@link #fractionDigits}),
   * or 0 when its text takes more digits (or is not plain): prices and the like then skip {@code
   * Double.toString}, its one slow step. The digits are {@code |value| * 10^k}, written with the
   * point {@code k} digits from the right.
   *
   * <p>Why the text agrees with {@code Double.toString}: below 10^7 the doubles are at most 2^-29
   * apart, so at most one decimal of {@code k <= 3} fraction digits reads back as {@code value}, and
   * the shortest such decimal is the text. The first {@code k} whose scaled value is an integer
   * {@code n} that reads back ({@code n / 10^k == value}, both exact and correctly rounded) with a
   * last digit other than 0 is that decimal; an {@code n} ending in 0 means the rounding of
   * {@code value * 10^k} missed a shorter one, and {@code Double.toString} is left to find it.
   *
   * @return {@code n << 2 | k} (so never 0 for a decimal found: {@code k} is at least 1)
   */
  public static long shortDecimal(double value) {
    double magnitude = Math.abs(value);
    if (!(magnitude < PLAIN_LIMIT)) {
      return 0;
    }
    for (int k = 1; k < TENS.length; k++) {
      double scaled = magnitude * TENS[k];
      if (scaled == Math.rint(scaled)) {
        long digits = (long) scaled;
        return digits % 10 != 0 && digits / (double) TENS[k] == magnitude ? digits << 2 | k : 0;
      }
    }
    return 0;
  }

  /** The digits of a {@link #shortDecimal}, its value times 10^{@link #fractionDigits}. */
  public static long digits(long shortDecimal) {
    return shortDecimal >>> 2;
  }

  /** How many of a {@link #shortDecimal}'s digits follow the point, one to three (0 for none found). */
  public static int fractionDigits(long shortDecimal) {
    return (int) (shortDecimal & 3);
  }

  static int decimalDigits(long nonNegative) {
    long bound = 10;
    for (int digits = 1; digits < 19; digits++) {
      if (nonNegative < bound) {
        return digits;
      }
      bound *= 10;
    }
    return 19;
  }

  private static boolean isNegativeZero(double value) {
    return value == 0 && Double.doubleToRawLongBits(value) != 0;
  }
}
