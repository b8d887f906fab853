package dev.widgetry.runtime.internal;

/** Number formatting shared by both writers, so they agree to the byte. */
public final class Numbers {
  /** Doubles with no fraction up to 2^53 print as integers: beyond that, digits would be invented. */
  private static final double MAX_SAFE_INTEGER = 9007199254740992d;

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
