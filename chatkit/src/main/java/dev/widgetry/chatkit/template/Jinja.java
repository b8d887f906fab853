package dev.widgetry.chatkit.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What compiled widget templates do the way Jinja and Python do it, where Java differs: truthiness,
 * equality across ints and floats, string order by code point, indexes that count code points and
 * may be negative, slices, floor division, and the {@code int} filter. Values are Java {@code
 * String}, {@code Long}, {@code Double}, {@code Boolean}, lists, maps, Jackson trees, or null for none.
 */
public final class Jinja {
  private Jinja() {}

  /** Python's {@code bool(x)}. */
  public static boolean truthy(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean) {
      return (Boolean) value;
    }
    if (value instanceof String) {
      return !((String) value).isEmpty();
    }
    if (value instanceof Double || value instanceof Float) {
      return ((Number) value).doubleValue() != 0;
    }
    if (value instanceof Number) {
      return ((Number) value).longValue() != 0;
    }
    if (value instanceof Collection) {
      return !((Collection<?>) value).isEmpty();
    }
    if (value instanceof Map) {
      return !((Map<?, ?>) value).isEmpty();
    }
    if (value instanceof JsonNode) {
      JsonNode node = (JsonNode) value;
      if (node.isNull() || node.isMissingNode()) {
        return false;
      }
      if (node.isContainerNode()) {
        return node.size() > 0;
      }
      if (node.isTextual()) {
        return !node.textValue().isEmpty();
      }
      if (node.isBoolean()) {
        return node.booleanValue();
      }
      return node.doubleValue() != 0;
    }
    return true;
  }

  /** Python's {@code a == b} for the values templates compare: numbers by value, True as 1. */
  public static boolean equal(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (isNumber(a) && isNumber(b)) {
      if (isFloat(a) || isFloat(b)) {
        return asDouble(a) == asDouble(b);
      }
      return asLong(a) == asLong(b);
    }
    return a.equals(b);
  }

  private static boolean isNumber(Object value) {
    return value instanceof Number || value instanceof Boolean;
  }

  private static boolean isFloat(Object value) {
    return value instanceof Double || value instanceof Float;
  }

  private static double asDouble(Object value) {
    return value instanceof Boolean ? ((Boolean) value ? 1 : 0) : ((Number) value).doubleValue();
  }

  private static long asLong(Object value) {
    return value instanceof Boolean ? ((Boolean) value ? 1 : 0) : ((Number) value).longValue();
  }

  /** Python's {@code item in container}: a substring, an element, or a key. */
  public static boolean contains(Object container, Object item) {
    if (container instanceof String) {
      return item instanceof String && ((String) container).contains((String) item);
    }
    if (container instanceof Collection) {
      for (Object element : (Collection<?>) container) {
        if (equal(element, item)) {
          return true;
        }
      }
      return false;
    }
    if (container instanceof Map) {
      return ((Map<?, ?>) container).containsKey(item);
    }
    if (container instanceof JsonNode) {
      JsonNode node = (JsonNode) container;
      if (node.isObject()) {
        return item instanceof String && node.has((String) item);
      }
      if (node.isTextual()) {
        return item instanceof String && node.textValue().contains((String) item);
      }
      for (JsonNode element : node) {
        if (element.isTextual() ? element.textValue().equals(item) : element.isNumber() && equal(element.numberValue(), item)) {
          return true;
        }
      }
      return false;
    }
    throw new IllegalArgumentException("no 'in' for a " + container.getClass().getName());
  }

  /** Python's string order: by code point, which is not Java's order of UTF-16 units. */
  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  /** {@code len(s)}: code points. */
  public static long length(String value) {
    return value.codePointCount(0, value.length());
  }

  /** {@code s[i]}: the code point there as a string, counting from the end when negative; null past either end. */
  public static String item(String value, long index) {
    long length = length(value);
    long position = index < 0 ? index + length : index;
    if (position < 0 || position >= length) {
      return null;
    }
    int start = value.offsetByCodePoints(0, (int) position);
    return value.substring(start, value.offsetByCodePoints(start, 1));
  }

  /** {@code xs[i]}, counting from the end when negative; null past either end. */
  public static <T> T item(List<T> list, long index) {
    long position = index < 0 ? index + list.size() : index;
    return position < 0 || position >= list.size() ? null : list.get((int) position);
  }

  /** {@code s[start:stop]} by code point; a null bound is open. */
  public static String slice(String value, Long start, Long stop) {
    int length = (int) length(value);
    int from = bound(start, length, 0);
    int to = bound(stop, length, length);
    if (from >= to) {
      return "";
    }
    return value.substring(value.offsetByCodePoints(0, from), value.offsetByCodePoints(0, to));
  }

  /** {@code xs[start:stop]}, a new list; a null bound is open. */
  public static <T> List<T> slice(List<T> list, Long start, Long stop) {
    int from = bound(start, list.size(), 0);
    int to = bound(stop, list.size(), list.size());
    return from >= to ? new ArrayList<>() : new ArrayList<>(list.subList(from, to));
  }

  private static int bound(Long index, int length, int open) {
    if (index == null) {
      return open;
    }
    long position = index < 0 ? index + length : index;
    return (int) Math.max(0, Math.min(length, position));
  }

  /** Python's {@code a // b} on ints: rounded toward negative infinity. */
  public static long floorDivide(long a, long b) {
    return Math.floorDiv(a, b);
  }

  /** Python's {@code a % b} on ints: the sign of {@code b}. */
  public static long modulo(long a, long b) {
    return Math.floorMod(a, b);
  }

  /** Python's {@code a / b}: a float, and division by zero fails as it does in Python. */
  public static double divide(double a, double b) {
    if (b == 0) {
      throw new ArithmeticException("division by zero");
    }
    return a / b;
  }

  public static double floorDivide(double a, double b) {
    return Math.floor(divide(a, b));
  }

  public static double modulo(double a, double b) {
    if (b == 0) {
      throw new ArithmeticException("float modulo");
    }
    double result = a % b;
    return result != 0 && (result < 0) != (b < 0) ? result + b : result;
  }

  /**
   * The {@code int} filter: an int as is, a float toward zero, a string as Python's {@code int()}
   * reads it or else through {@code float()}, and 0 for anything else.
   */
  public static long toInt(Object value) {
    if (value instanceof Boolean) {
      return (Boolean) value ? 1 : 0;
    }
    if (value instanceof Double || value instanceof Float) {
      return toInt(((Number) value).doubleValue());
    }
    if (value instanceof Number) {
      return ((Number) value).longValue();
    }
    if (value instanceof String) {
      return toInt((String) value);
    }
    return 0;
  }

  /** The {@code int} filter on a float: toward zero; 0 for NaN, as Jinja gives. */
  public static long toInt(double value) {
    if (Double.isNaN(value)) {
      return 0;
    }
    if (Double.isInfinite(value)) {
      throw new ArithmeticException("cannot convert float infinity to integer");
    }
    if (Math.abs(value) >= 0x1p63) {
      // Python's int has no bound; a compiled template's ints are 64-bit, and fail rather than wrap.
      throw new ArithmeticException(PythonText.of(value) + " | int is beyond the 64-bit integers templates compute with");
    }
    return (long) value;
  }

  private static long toInt(String text) {
    String trimmed = text.strip();
    String digits = trimmed.startsWith("+") || trimmed.startsWith("-") ? trimmed.substring(1) : trimmed;
    if (digits.matches("[0-9]+(_[0-9]+)*")) {
      long magnitude = Long.parseLong(digits.replace("_", ""));
      return trimmed.startsWith("-") ? -magnitude : magnitude;
    }
    try {
      return toInt((Object) Double.parseDouble(pythonFloat(trimmed)));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** A string Python's {@code float()} accepts, in the form Java's parser reads; a value it refuses otherwise. */
  private static String pythonFloat(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT).replace("_", "");
    String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
    if (unsigned.equals("inf") || unsigned.equals("infinity")) {
      return lower.startsWith("-") ? "-Infinity" : "Infinity";
    }
    if (unsigned.equals("nan")) {
      return "NaN";
    }
    if (!unsigned.matches("([0-9]+\\.?[0-9]*|\\.[0-9]+)(e[+-]?[0-9]+)?")) {
      return "not a number";
    }
    return lower;
  }

  /** A present optional's value, or null. */
  public static Long orNull(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }

  public static Long orNull(OptionalInt value) {
    return value.isPresent() ? (long) value.getAsInt() : null;
  }

  public static Double orNull(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  /** A whole-number prop's value: fails, as the data's schema would, for an int beyond the prop's range. */
  public static int toIntExact(long value) {
    return Math.toIntExact(value);
  }

  /** The failure of a value the data's schema does not allow where an enum prop takes it. */
  public static IllegalArgumentException notOneOf(String value, String prop) {
    return new IllegalArgumentException(prop + " takes none of \"" + value
        + "\": the data does not match the template's schema");
  }
}
