package dev.widgetry.benchmarks.handwritten;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that JSON is written into as UTF-8, reused from one document to the
 * next. Strings are escaped as Jackson's UTF-8 generator escapes them by default. Not thread-safe.
 */
public final class Utf8Out {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final double MAX_SAFE_INTEGER = 9007199254740992d;

  private byte[] buf;
  private int pos;

  public Utf8Out(int capacity) {
    buf = new byte[capacity];
  }

  /** Starts a new document in the same buffer. */
  public void reset() {
    pos = 0;
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(buf, pos);
  }

  /** {@code ,"name":}: a property that is never the first of its object. */
  static byte[] nextName(String name) {
    return (",\"" + name + "\":").getBytes(StandardCharsets.UTF_8);
  }

  /** {@code "name":}: the first property of an object. */
  static byte[] firstName(String name) {
    return ("\"" + name + "\":").getBytes(StandardCharsets.UTF_8);
  }

  /** <code>{"type":"Tag"</code>: an object opened with its type tag. */
  static byte[] openTagged(String tag) {
    return ("{\"type\":\"" + tag + "\"").getBytes(StandardCharsets.UTF_8);
  }

  /** The quoted JSON string of each name, for enum constants. */
  static byte[][] quoted(String[] names) {
    byte[][] quoted = new byte[names.length][];
    for (int i = 0; i < names.length; i++) {
      quoted[i] = ("\"" + names[i] + "\"").getBytes(StandardCharsets.UTF_8);
    }
    return quoted;
  }

  void raw(byte[] bytes) {
    int length = bytes.length;
    if (pos + length > buf.length) {
      grow(length);
    }
    System.arraycopy(bytes, 0, buf, pos, length);
    pos += length;
  }

  void raw(char ascii) {
    if (pos == buf.length) {
      grow(1);
    }
    buf[pos++] = (byte) ascii;
  }

  void bool(boolean value) {
    raw(value ? TRUE : FALSE);
  }

  void number(long value) {
    if (value == Long.MIN_VALUE) {
      ascii(Long.toString(value));
      return;
    }
    if (pos + 20 > buf.length) {
      grow(20);
    }
    if (value < 0) {
      buf[pos++] = '-';
      value = -value;
    }
    int end = pos + digits(value);
    for (int i = end - 1; i >= pos; i--) {
      buf[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    pos = end;
  }

  /** A double, written without a fraction when it has none ({@code 4}, not {@code 4.0}). */
  void number(double value) {
    if (value == Math.rint(value) && Math.abs(value) <= MAX_SAFE_INTEGER
        && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0d)) {
      number((long) value);
    } else if (Double.isFinite(value)) {
      ascii(Double.toString(value));
    } else {
      throw new IllegalArgumentException(value + " has no JSON form");
    }
  }

  void string(String value) {
    int length = value.length();
    if (pos + length * 6 + 2 > buf.length) {
      grow(length * 6 + 2);
    }
    byte[] b = buf;
    int p = pos;
    b[p++] = '"';
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        b[p++] = (byte) c;
      } else if (c < 0x80) {
        p = escapeAscii(b, p, c);
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        // Jackson escapes a surrogate pair as two \\u escapes rather than combining it.
        if (!Character.isHighSurrogate(c) || i + 1 == length || !Character.isLowSurrogate(value.charAt(i + 1))) {
          throw new IllegalArgumentException("A lone surrogate at index " + i);
        }
        p = unicodeEscape(b, p, c);
        p = unicodeEscape(b, p, value.charAt(++i));
      } else {
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    b[p++] = '"';
    pos = p;
  }

  private static int escapeAscii(byte[] b, int p, char c) {
    b[p++] = '\\';
    switch (c) {
      case '"':
        b[p++] = '"';
        return p;
      case '\\':
        b[p++] = '\\';
        return p;
      case '\b':
        b[p++] = 'b';
        return p;
      case '\f':
        b[p++] = 'f';
        return p;
      case '\n':
        b[p++] = 'n';
        return p;
      case '\r':
        b[p++] = 'r';
        return p;
      case '\t':
        b[p++] = 't';
        return p;
      default:
        b[p++] = 'u';
        b[p++] = '0';
        b[p++] = '0';
        b[p++] = HEX[c >> 4];
        b[p++] = HEX[c & 0xF];
        return p;
    }
  }

  private static int unicodeEscape(byte[] b, int p, char c) {
    b[p++] = '\\';
    b[p++] = 'u';
    b[p++] = HEX[c >> 12];
    b[p++] = HEX[(c >> 8) & 0xF];
    b[p++] = HEX[(c >> 4) & 0xF];
    b[p++] = HEX[c & 0xF];
    return p;
  }

  private void ascii(String text) {
    int length = text.length();
    if (pos + length > buf.length) {
      grow(length);
    }
    for (int i = 0; i < length; i++) {
      buf[pos++] = (byte) text.charAt(i);
    }
  }

  private static int digits(long nonNegative) {
    int digits = 1;
    for (long bound = 10; digits < 19 && nonNegative >= bound; bound *= 10) {
      digits++;
    }
    return digits;
  }

  private void grow(int extra) {
    buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + extra));
  }
}
