package dev.widgetry.chatkit.template;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Text as Python's {@code str()} writes it, which is what Jinja writes for {@code {{ x }}} and {@code ~}. */
public final class PythonText {
  private PythonText() {}

  /** {@code str(x)} of a float: the shortest digits that read back as {@code x}; {@code 1e+16}, {@code 0.0001}, {@code 3.0}. */
  public static String of(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return 1 / value < 0 ? "-0.0" : "0.0";
    }
    BigDecimal digits = shortest(value).stripTrailingZeros();
    int exponent = digits.precision() - digits.scale() - 1;
    String unscaled = digits.unscaledValue().abs().toString();
    String sign = value < 0 ? "-" : "";
    if (exponent >= -4 && exponent < 16) {
      String plain = digits.abs().toPlainString();
      return sign + (plain.contains(".") ? plain : plain + ".0");
    }
    String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
    String power = String.format("%02d", Math.abs(exponent));
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + power;
  }

  /** The fewest significant digits that round back to {@code value}, the closest such if there are several. */
  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int precision = 1; precision < 17; precision++) {
      BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (nearest.doubleValue() == value) {
        return nearest;
      }
      // Near a power of two the doubles that round to value lie unevenly around it.
      for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
        BigDecimal other = exact.round(new MathContext(precision, mode));
        if (other.doubleValue() == value) {
          return other;
        }
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
  }

  /** {@code str(x)} of a value Jinja may hold: None, True, an int, a float, or a string. */
  public static String of(Object value) {
    if (value == null) {
      return "None";
    }
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? "True" : "False";
    }
    if (value instanceof Double || value instanceof Float) {
      return of(((Number) value).doubleValue());
    }
    if (value instanceof Number) {
      return value.toString();
    }
    throw new IllegalArgumentException("no Python text for a " + value.getClass().getName());
  }

  /** {@code str(b)}: {@code True} or {@code False}. */
  public static String of(boolean value) {
    return value ? "True" : "False";
  }
}
