package dev.widgetry.runtime.spi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The Jakarta Validation constraints that generated parsers enforce, each recording a problem on
 * the reader when a value breaks it. A null value passes every check here: absence is the job of
 * {@code required}.
 */
public final class Checks {
  private Checks() {}

  /** {@code @NotBlank}: at least one character that is not whitespace. */
  public static void notBlank(WidgetReader in, String value) {
    if (value != null && value.isBlank()) {
      in.violation("a string that is not blank", value.isEmpty() ? "an empty string" : "a blank string");
    }
  }

  /** {@code @Size} and {@code @NotEmpty} on strings, in UTF-16 units as Jakarta counts them. */
  public static void length(WidgetReader in, String value, int min, int max) {
    if (value != null && (value.length() < min || value.length() > max)) {
      in.violation("a string of " + range(min, max) + " characters", "one of " + value.length());
    }
  }

  /** {@code @Size} and {@code @NotEmpty} on lists, sets, arrays and maps; {@code count} is their size. */
  public static void count(WidgetReader in, int count, int min, int max, String unit) {
    if (count < min || count > max) {
      in.violation(range(min, max) + " " + unit, count + " " + unit);
    }
  }

  /** {@code @Pattern}: the whole string matches the regular expression. */
  public static void pattern(WidgetReader in, String value, Pattern pattern) {
    if (value != null && !pattern.matcher(value).matches()) {
      in.violation("a string matching " + pattern.pattern(), "\"" + Texts.truncate(value) + "\"");
    }
  }

  /** {@code @Email}: a local part, an {@code @} and a domain, with no whitespace. */
  public static void email(WidgetReader in, String value) {
    if (value == null) {
      return;
    }
    int at = value.lastIndexOf('@');
    boolean valid = at > 0 && at < value.length() - 1 && value.chars().noneMatch(Character::isWhitespace);
    if (!valid) {
      in.violation("an email address", "\"" + Texts.truncate(value) + "\"");
    }
  }

  /** A lower bound: {@code @Min}, {@code @DecimalMin}, {@code @Positive}, {@code @PositiveOrZero}. */
  public static void atLeast(WidgetReader in, long value, long min, boolean exclusive) {
    if (exclusive ? value <= min : value < min) {
      in.violation(bound("greater than", min, exclusive), String.valueOf(value));
    }
  }

  /** An upper bound: {@code @Max}, {@code @DecimalMax}, {@code @Negative}, {@code @NegativeOrZero}. */
  public static void atMost(WidgetReader in, long value, long max, boolean exclusive) {
    if (exclusive ? value >= max : value > max) {
      in.violation(bound("less than", max, exclusive), String.valueOf(value));
    }
  }

  public static void atLeast(WidgetReader in, double value, double min, boolean exclusive) {
    if (exclusive ? value <= min : value < min) {
      in.violation(bound("greater than", BigDecimal.valueOf(min), exclusive), String.valueOf(value));
    }
  }

  public static void atMost(WidgetReader in, double value, double max, boolean exclusive) {
    if (exclusive ? value >= max : value > max) {
      in.violation(bound("less than", BigDecimal.valueOf(max), exclusive), String.valueOf(value));
    }
  }

  public static void atLeast(WidgetReader in, BigDecimal value, BigDecimal min, boolean exclusive) {
    if (value != null && (exclusive ? value.compareTo(min) <= 0 : value.compareTo(min) < 0)) {
      in.violation(bound("greater than", min, exclusive), value.toString());
    }
  }

  public static void atMost(WidgetReader in, BigDecimal value, BigDecimal max, boolean exclusive) {
    if (value != null && (exclusive ? value.compareTo(max) >= 0 : value.compareTo(max) > 0)) {
      in.violation(bound("less than", max, exclusive), value.toString());
    }
  }

  public static void atLeast(WidgetReader in, BigInteger value, BigDecimal min, boolean exclusive) {
    if (value != null) {
      atLeast(in, new BigDecimal(value), min, exclusive);
    }
  }

  public static void atMost(WidgetReader in, BigInteger value, BigDecimal max, boolean exclusive) {
    if (value != null) {
      atMost(in, new BigDecimal(value), max, exclusive);
    }
  }

  private static String bound(String relation, Object limit, boolean exclusive) {
    return "a number " + relation + (exclusive ? " " : " or equal to ") + limit;
  }

  private static String range(int min, int max) {
    if (max == Integer.MAX_VALUE) {
      return "at least " + min;
    }
    if (min == 0) {
      return "at most " + max;
    }
    return min == max ? "exactly " + min : min + " to " + max;
  }
}
