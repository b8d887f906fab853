package dev.widgetry.processor.template.preview;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Python's view of the values a template works on, for rendering a preview at compile time: text
 * as {@code str()} writes it, truthiness and equality. (The run time has its own copy of the float
 * text, {@code PythonText}; the processor does not link the run time.)
 */
final class Python {
  private Python() {}

  static String str(Object value) {
    if (value == null) {
      return "None";
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? "True" : "False";
    }
    if (value instanceof Double) {
      return str((double) (Double) value);
    }
    if (value instanceof String || value instanceof Long) {
      return value.toString();
    }
    throw new Interpreter.CannotRender("the text of a " + value.getClass().getSimpleName());
  }

  /** {@code str(x)} of a float: the shortest digits that read back as x, in Python's notation. */
  static String str(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return 1 / value < 0 ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(value);
    BigDecimal digits = exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    for (int precision = 1; precision < 17; precision++) {
      BigDecimal candidate = shortest(exact, value, precision);
      if (candidate != null) {
        digits = candidate;
        break;
      }
    }
    digits = digits.stripTrailingZeros();
    int exponent = digits.precision() - digits.scale() - 1;
    String sign = value < 0 ? "-" : "";
    if (exponent >= -4 && exponent < 16) {
      String plain = digits.abs().toPlainString();
      return sign + (plain.contains(".") ? plain : plain + ".0");
    }
    String unscaled = digits.unscaledValue().abs().toString();
    String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
  }

  private static BigDecimal shortest(BigDecimal exact, double value, int precision) {
    for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
      BigDecimal candidate = exact.round(new MathContext(precision, mode));
      if (candidate.doubleValue() == value) {
        return candidate;
      }
    }
    return null;
  }

  static boolean truthy(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean) {
      return (Boolean) value;
    }
    if (value instanceof String) {
      return !((String) value).isEmpty();
    }
    if (value instanceof Long) {
      return (Long) value != 0;
    }
    if (value instanceof Double) {
      return (Double) value != 0;
    }
    if (value instanceof List) {
      return !((List<?>) value).isEmpty();
    }
    if (value instanceof Map) {
      return !((Map<?, ?>) value).isEmpty();
    }
    return true;
  }

  static boolean equal(Object a, Object b) {
    if (a instanceof Number && b instanceof Number) {
      return ((Number) a).doubleValue() == ((Number) b).doubleValue();
    }
    return a == null ? b == null : a.equals(b);
  }
}
