package dev.widgetry.runtime.internal;

import dev.widgetry.runtime.spi.EncodedString;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes JSON as UTF-8 bytes straight into a growable buffer: no generator state machine, no
 * per-name encoding. Escapes exactly as Jackson's UTF-8 generator does by default, so the output
 * is byte-identical to {@link GeneratorWriter}'s on such a generator: every surrogate, paired or
 * lone, is written as a {@code \\uXXXX} escape.
 *
 * <p>Not thread-safe; {@link #reset()} lets one thread reuse the buffer for the next document.
 */
public final class Utf8Writer implements WidgetWriter {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final byte[] MIN_LONG = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);
  /** The length from which a string's leading run of printable ASCII is copied in one call. */
  private static final int COPIED_WHOLE = 16;
  /** For the ASCII chars that need one: a letter for a short escape; 'u' for a {@code \\u00XX} escape. */
  private static final byte[] ESCAPES = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = 'u';
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\f'] = 'f';
    ESCAPES['\n'] = 'n';
    ESCAPES['\r'] = 'r';
    ESCAPES['\t'] = 't';
  }

  private byte[] buf;
  private int pos;
  /**
   * Does the next name or value need a comma before it? Only what was written last decides, so no
   * stack of containers is kept: a value or a closed container is followed by a comma in any
   * container, an opening bracket or a name is not.
   */
  private boolean comma;
  private boolean explicitNulls;
  private String wireVersion;
  /** A string its maker knows to need no escaping ({@link #knownPlain}), or null. */
  private String knownPlain;

  public Utf8Writer(int initialCapacity) {
    this.buf = new byte[Math.max(16, initialCapacity)];
  }

  /** Empties the buffer for the next document, which writes absent properties as {@code null} or not. */
  public void reset(boolean explicitNulls) {
    pos = 0;
    comma = false;
    this.explicitNulls = explicitNulls;
    this.wireVersion = null;
    this.knownPlain = null;
  }

  @Override
  public boolean explicitNulls() {
    return explicitNulls;
  }

  /** Writes this document in {@code version} of its wire format (see {@link WidgetWriter#wireVersion()}). */
  public void wireVersion(String version) {
    this.wireVersion = version;
  }

  @Override
  public String wireVersion() {
    return wireVersion;
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(buf, pos);
  }

  public String toUtf8String() {
    return new String(buf, 0, pos, StandardCharsets.UTF_8);
  }

  public void writeTo(OutputStream stream) {
    try {
      stream.write(buf, 0, pos);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes bytes as they are, between top-level values: the next value starts a document of its
   * own (how Server-Sent Events frame one JSON object per {@code data:} line).
   */
  public void raw(byte[] bytes) {
    writeBytes(bytes);
    comma = false;
  }

  public int size() {
    return pos;
  }

  int capacity() {
    return buf.length;
  }

  @Override
  public void beginObject() {
    beforeValue();
    open('{');
  }

  @Override
  public void beginTagged(EncodedString tag) {
    // One copy for the comma, the brace, the tag's name and the tag, as a hand-written writer's
    // constant does.
    appendCommaLed(tag.taggedUtf8());
    comma = true;
  }

  @Override
  public void beginTagged(EncodedString discriminator, EncodedString tag) {
    // As above, in the union's own discriminator ("component", "call").
    appendCommaLed(tag.taggedUtf8(discriminator));
    comma = true;
  }

  @Override
  public void endObject() {
    close('}');
  }

  @Override
  public void beginArray() {
    beforeValue();
    open('[');
  }

  @Override
  public void endArray() {
    close(']');
  }

  @Override
  public void name(EncodedString name) {
    // One copy for the comma, the name and the colon.
    appendCommaLed(name.memberUtf8());
    comma = false;
  }

  @Override
  public void name(String name) {
    beforeValue();
    writeQuoted(name);
    writeByte((byte) ':');
    comma = false;
  }

  @Override
  public void value(EncodedString value) {
    // An enum constant: one capacity check covers the comma and the quoted name.
    byte[] quoted = value.quotedUtf8();
    ensure(quoted.length + 1);
    if (comma) {
      buf[pos++] = ',';
    }
    comma = true;
    System.arraycopy(quoted, 0, buf, pos, quoted.length);
    pos += quoted.length;
  }

  @Override
  public void member(EncodedString name, EncodedString value) {
    // One capacity check for the comma, the name, the colon and the quoted constant.
    byte[] member = name.memberUtf8();
    byte[] quoted = value.quotedUtf8();
    ensure(member.length + quoted.length);
    copyCommaLed(member);
    System.arraycopy(quoted, 0, buf, pos, quoted.length);
    pos += quoted.length;
    comma = true;
  }

  /**
   * Writes {@code strings} as a JSON array, each copied between quotes as it is: the caller knows that
   * none needs escaping ({@link #needsNoEscaping}, a {@link PlainMarkedList} marked so), and so
   * that each is ASCII, which {@code getBytes} copies exactly.
   */
  @Override
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is exact for chars below 0x80
  public void plainStrings(List<String> strings) {
    int n = strings.size();
    int length = 2 + 3 * n;
    for (int i = 0; i < n; i++) {
      length += strings.get(i).length();
    }
    ensure(length + 1);
    byte[] b = buf;
    int p = pos;
    if (comma) {
      b[p++] = ',';
    }
    b[p++] = '[';
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b[p++] = ',';
      }
      String string = strings.get(i);
      b[p++] = '"';
      string.getBytes(0, string.length(), b, p);
      p += string.length();
      b[p++] = '"';
    }
    b[p++] = ']';
    pos = p;
    comma = true;
  }

  /**
   * Tells this writer that {@code plain}, this very string, needs no escaping ({@link
   * #needsNoEscaping}), as its maker knows without looking: {@link #value(String)} then copies it
   * without looking at its chars. Only this string is meant, compared by identity, so the note cannot
   * apply to another with other chars; it holds until the next note or {@link #reset}. A2UI's
   * writer notes each component's id when its flattener marked the list: it looked at every id it
   * handed out and saw each component keep that very string. A wrong note writes invalid JSON, so
   * only this library's own code makes one.
   */
  public void knownPlain(String plain) {
    this.knownPlain = plain;
  }

  /**
   * Whether {@code value} is written between its quotes as it is: ASCII from the space up, without
   * {@code "} or {@code \}, the chars {@link #value(String)} copies without escaping them.
   */
  public static boolean needsNoEscaping(String value) {
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void value(String value) {
    if (value == knownPlain) {
      writePlain(value);
      return;
    }
    // The most frequent call: one capacity check covers the comma and the quoted string.
    ensure(quotedCapacity(value) + 1);
    if (comma) {
      buf[pos++] = ',';
    }
    comma = true;
    appendQuoted(value);
  }

  @Override
  public void value(boolean value) {
    beforeValue();
    writeBytes(value ? TRUE : FALSE);
  }

  @Override
  public void value(int value) {
    beforeValue();
    writeLong(value);
  }

  @Override
  public void value(long value) {
    beforeValue();
    writeLong(value);
  }

  @Override
  public void value(double value) {
    beforeValue();
    if (Numbers.isSmallIntegral(value)) {
      writeLong((long) value);
      return;
    }
    long decimal = Numbers.shortDecimal(value);
    if (decimal != 0) {
      writeFraction(value < 0, Numbers.digits(decimal), Numbers.fractionDigits(decimal));
    } else {
      writeAscii(Numbers.finiteText(value));
    }
  }

  @Override
  public void value(float value) {
    beforeValue();
    if (Numbers.isSmallIntegral(value)) {
      writeLong((long) value);
    } else {
      writeAscii(Numbers.finiteText(value));
    }
  }

  @Override
  public void value(BigInteger value) {
    beforeValue();
    writeAscii(value.toString());
  }

  @Override
  public void value(BigDecimal value) {
    beforeValue();
    writeAscii(value.toString());
  }

  @Override
  public void numberText(String text) {
    beforeValue();
    writeAscii(text);
  }

  @Override
  public void nullValue() {
    beforeValue();
    writeBytes(NULL);
  }

  private void open(char bracket) {
    writeByte((byte) bracket);
    comma = false;
  }

  private void close(char bracket) {
    writeByte((byte) bracket);
    comma = true;
  }

  /** Writes the comma a name or value needs, and notes that what follows it will need one. */
  private void beforeValue() {
    if (comma) {
      writeByte((byte) ',');
    }
    comma = true;
  }

  private void writeLong(long value) {
    if (value == Long.MIN_VALUE) {
      writeBytes(MIN_LONG);
      return;
    }
    ensure(20);
    if (value < 0) {
      buf[pos++] = '-';
      value = -value;
    }
    int digits = Numbers.decimalDigits(value);
    int end = pos + digits;
    for (int i = end - 1; i >= pos; i--) {
      buf[i] = (byte) ('0' + (value % 10));
      value /= 10;
    }
    pos = end;
  }

  /**
   * A {@link Numbers#shortDecimal} as {@link Double#toString} writes it: its {@code digits} with the
   * point {@code fractionDigits} from the right.
   */
  private void writeFraction(boolean negative, long digits, int fractionDigits) {
    if (negative) {
      writeByte((byte) '-');
    }
    long unit = Numbers.TENS[fractionDigits];
    writeLong(digits / unit);
    ensure(1 + fractionDigits);
    buf[pos] = '.';
    long fraction = digits % unit;
    for (int i = pos + fractionDigits; i > pos; i--) {
      buf[i] = (byte) ('0' + fraction % 10);
      fraction /= 10;
    }
    pos += 1 + fractionDigits;
  }

  /** Writes {@code value}, known to need no escaping and so ASCII, which {@code getBytes} copies exactly. */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is exact for chars below 0x80
  private void writePlain(String value) {
    int length = value.length();
    ensure(length + 3);
    byte[] b = buf;
    int p = pos;
    if (comma) {
      b[p++] = ',';
    }
    comma = true;
    b[p++] = '"';
    value.getBytes(0, length, b, p);
    p += length;
    b[p++] = '"';
    pos = p;
  }

  private void writeQuoted(String value) {
    ensure(quotedCapacity(value));
    appendQuoted(value);
  }

  /**
   * Copies {@code commaLed}, which begins with a comma, from past the comma when none is due; a run
   * of 8 to 16 bytes (most names, ChatKit's tags) as two words ({@link ShortCopy}).
   */
  private void appendCommaLed(byte[] commaLed) {
    ensure(commaLed.length);
    copyCommaLed(commaLed);
  }

  /** {@link #appendCommaLed} with the capacity ensured. */
  private void copyCommaLed(byte[] commaLed) {
    int from = comma ? 0 : 1;
    int length = commaLed.length - from;
    if (length >= ShortCopy.MIN_LENGTH && length <= ShortCopy.MAX_LENGTH) {
      ShortCopy.copy(commaLed, from, length, buf, pos);
    } else {
      System.arraycopy(commaLed, from, buf, pos, length);
    }
    pos += length;
  }

  /** The most a string takes quoted: 6 bytes a char for a \\u00XX escape (3 for a char of the BMP). */
  private static int quotedCapacity(String value) {
    return value.length() * 6 + 2;
  }

  /** Writes {@code value} quoted and escaped, its {@link #quotedCapacity} ensured. */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is exact for the chars below 0x80 it copies here
  private void appendQuoted(String value) {
    int length = value.length();
    byte[] b = buf;
    int p = pos;
    b[p++] = '"';
    // Most strings (ids, pointers, names) are printable ASCII throughout: in a string of some length
    // the chars up to the first that is not are found by a loop that only reads, and copied in one
    // call (an array copy for a Latin-1 string) rather than a char at a time. A short one (a table
    // cell's "#20007", "Paid") is cheaper to copy char by char below than to pay that call's checks.
    int plain = 0;
    if (length >= COPIED_WHOLE) {
      while (plain < length) {
        char c = value.charAt(plain);
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
          break;
        }
        plain++;
      }
      value.getBytes(0, plain, b, p);
      p += plain;
    }
    for (int i = plain; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        // Comparisons rather than a table load for the common case: printable ASCII.
        b[p++] = (byte) c;
      } else if (c < 0x80) {
        byte escape = ESCAPES[c];
        if (escape == 'u') {
          b[p++] = '\\';
          b[p++] = 'u';
          b[p++] = '0';
          b[p++] = '0';
          b[p++] = HEX[c >> 4];
          b[p++] = HEX[c & 0xF];
        } else {
          b[p++] = '\\';
          b[p++] = escape;
        }
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        // Jackson's UTF-8 generator escapes each half of a pair rather than combine them (unless
        // told to), and so a lone half too, which UTF-8 cannot encode: the two writers agree to
        // the byte, and a reader gets back the very string that was written.
        p = writeUnicodeEscape(b, p, c);
      } else {
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    b[p++] = '"';
    pos = p;
  }

  private static int writeUnicodeEscape(byte[] b, int p, char c) {
    b[p++] = '\\';
    b[p++] = 'u';
    b[p++] = HEX[c >> 12];
    b[p++] = HEX[(c >> 8) & 0xF];
    b[p++] = HEX[(c >> 4) & 0xF];
    b[p++] = HEX[c & 0xF];
    return p;
  }

  private void writeAscii(String text) {
    int length = text.length();
    ensure(length);
    for (int i = 0; i < length; i++) {
      buf[pos++] = (byte) text.charAt(i);
    }
  }

  private void writeBytes(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
    pos += bytes.length;
  }

  private void writeByte(byte b) {
    ensure(1);
    buf[pos++] = b;
  }

  private void ensure(int extra) {
    if (pos + extra > buf.length) {
      grow(extra);
    }
  }

  /**
   * Apart from {@link #ensure}, which every write inlines: a reused buffer seldom grows, so C2
   * leaves this a call and each inlined check stays a compare and a branch. With the copy inlined
   * at each of them, the shared {@code OptionalMembers} helpers could compile to more machine code
   * than C2 inlines into a caller ({@code InlineSmallCode}).
   */
  private void grow(int extra) {
    buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + extra));
  }
}
