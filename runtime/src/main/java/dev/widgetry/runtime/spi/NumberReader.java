package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads JSON numbers into Java's numeric types, each checked against its range. A number Java
 * cannot hold at all ({@code 1e2147483648}: an exponent past {@code int}) is a problem like any
 * number out of range, never an exception of Java's own. Static, as {@link TextReader} is.
 */
final class NumberReader {
  /** Integers of more digits than this are refused before they are expanded. */
  private static final long MAX_INTEGER_DIGITS = 400;

  private NumberReader() {}

  static long readInteger(Cursor cursor, long min, long max) {
    JsonParser parser = cursor.parser;
    try {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT) {
        if (parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
          long value = parser.getLongValue();
          if (value >= min && value <= max) {
            return value;
          }
        }
        cursor.problems().add(Texts.integerRange(min, max), cursor.describe(), "");
        return 0;
      }
      if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        BigInteger integral = integralValue(parser);
        if (integral != null
            && integral.compareTo(BigInteger.valueOf(min)) >= 0
            && integral.compareTo(BigInteger.valueOf(max)) <= 0) {
          return integral.longValue();
        }
        cursor.problems().add(Texts.integerRange(min, max), cursor.describe(), "");
        return 0;
      }
    } catch (IOException e) {
      throw cursor.problems().abort(e);
    }
    cursor.problems().wrongToken("an integer");
    return 0;
  }

  static BigInteger readBigInteger(Cursor cursor) {
    JsonParser parser = cursor.parser;
    try {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT) {
        return parser.getBigIntegerValue();
      }
      if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        BigInteger integral = integralValue(parser);
        if (integral != null) {
          return integral;
        }
      }
    } catch (IOException e) {
      throw cursor.problems().abort(e);
    }
    cursor.problems().wrongToken("an integer");
    return null;
  }

  static double readDouble(Cursor cursor) {
    JsonParser parser = cursor.parser;
    try {
      if (parser.currentToken().isNumeric()) {
        double value = parser.getDoubleValue();
        if (Double.isFinite(value)) {
          return value;
        }
        cursor.problems().add("a number that fits a double", cursor.describe(), "");
        return 0;
      }
    } catch (IOException e) {
      throw cursor.problems().abort(e);
    }
    cursor.problems().wrongToken("a number");
    return 0;
  }

  static float readFloat(Cursor cursor) {
    double value = readDouble(cursor);
    // Not |value| > Float.MAX_VALUE: the text of Float.MAX_VALUE reads back as a double a hair above it.
    if (Float.isInfinite((float) value)) {
      cursor.problems().add("a number that fits a float", cursor.describe(), "");
      return 0;
    }
    return (float) value;
  }

  static BigDecimal readBigDecimal(Cursor cursor) {
    JsonParser parser = cursor.parser;
    try {
      if (parser.currentToken().isNumeric()) {
        BigDecimal value = decimalValue(parser);
        if (value == null) {
          cursor.problems().add("a number whose exponent fits an int", cursor.describe(), "");
        }
        return value;
      }
    } catch (IOException e) {
      throw cursor.problems().abort(e);
    }
    cursor.problems().wrongToken("a number");
    return null;
  }

  /**
   * The current number as a {@link BigDecimal}, or null when its exponent is past what one holds:
   * Jackson then throws Java's {@link NumberFormatException}. A scale of {@code Integer.MIN_VALUE}
   * ({@code 1e2147483648}) is refused too: newer JDKs accept it where JDK 17 throws, and a document
   * must read the same on every JDK.
   */
  static BigDecimal decimalValue(JsonParser parser) throws IOException {
    try {
      BigDecimal value = parser.getDecimalValue();
      return value.scale() == Integer.MIN_VALUE ? null : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The current number as an exact integer, or null when it has a fraction, has more digits than an
   * integer is allowed, or cannot be read at all.
   */
  private static BigInteger integralValue(JsonParser parser) throws IOException {
    BigDecimal value = decimalValue(parser);
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    // In long: precision - scale overflows int for 1E+2147483647, whose scale is -2147483647.
    long digits = (long) stripped.precision() - stripped.scale();
    if (stripped.scale() > 0 || digits > MAX_INTEGER_DIGITS) {
      return null;
    }
    return stripped.toBigIntegerExact();
  }
}
