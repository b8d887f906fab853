package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.SerializedString;
import java.nio.charset.StandardCharsets;

/**
 * A string whose JSON encoding is computed once, when the generated code loads: property names and
 * enum constants. Each writer takes the form it needs, so no name is escaped or encoded per call.
 */
public final class EncodedString {
  /** The name a {@link #taggedUtf8()} opens with; declared before {@link #TYPE}, which needs it. */
  private static final byte[] QUOTED_TYPE = "\"type\"".getBytes(StandardCharsets.US_ASCII);
  /** The name of a tagged union's tag property. */
  static final EncodedString TYPE = new EncodedString("type");

  private final String value;
  private final SerializableString serialized;
  private final byte[] quotedUtf8;
  private final byte[] memberUtf8;
  private final byte[] taggedUtf8;
  /** {@link #taggedUtf8(EncodedString)} for the discriminator it was last asked with, made on first use. */
  private TaggedUnder taggedUnder;

  private EncodedString(String value) {
    this.value = value;
    this.serialized = new SerializedString(value);
    byte[] escaped = JsonStringEncoder.getInstance().quoteAsUTF8(value);
    this.quotedUtf8 = new byte[escaped.length + 2];
    quotedUtf8[0] = '"';
    System.arraycopy(escaped, 0, quotedUtf8, 1, escaped.length);
    quotedUtf8[quotedUtf8.length - 1] = '"';
    this.memberUtf8 = new byte[quotedUtf8.length + 2];
    memberUtf8[0] = ',';
    System.arraycopy(quotedUtf8, 0, memberUtf8, 1, quotedUtf8.length);
    memberUtf8[memberUtf8.length - 1] = ':';
    this.taggedUtf8 = tagged(QUOTED_TYPE, quotedUtf8);
  }

  /** <code>,{"name":"value"</code> from the quoted name and value. */
  private static byte[] tagged(byte[] quotedName, byte[] quotedValue) {
    byte[] utf8 = new byte[3 + quotedName.length + quotedValue.length];
    utf8[0] = ',';
    utf8[1] = '{';
    System.arraycopy(quotedName, 0, utf8, 2, quotedName.length);
    utf8[2 + quotedName.length] = ':';
    System.arraycopy(quotedValue, 0, utf8, 3 + quotedName.length, quotedValue.length);
    return utf8;
  }

  /**
   * The string as the tag of an object that opens with it, <code>,{"type":"tag"</code>, as UTF-8
   * bytes: a writer copies it whole, or from index 1 where no comma is due. Shared: callers must not
   * modify it.
   */
  public byte[] taggedUtf8() {
    return taggedUtf8;
  }

  /**
   * The string as the tag of an object that opens with it in the property {@code discriminator},
   * <code>,{"component":"Text"</code>, as UTF-8 bytes, copied as {@link #taggedUtf8()} is. A tag
   * belongs to one union, so to one discriminator: the bytes are made for the first one asked for
   * and kept, and made again only when asked for another (one with other chars, not an equal one a
   * hand-written codec made again). Shared: callers must not modify it.
   */
  public byte[] taggedUtf8(EncodedString discriminator) {
    if (discriminator == TYPE) {
      return taggedUtf8;
    }
    // Read once: another thread may replace it, with an object whose final fields it sees whole.
    TaggedUnder under = taggedUnder;
    if (under == null || !under.isFor(discriminator)) {
      under = new TaggedUnder(discriminator, this);
      taggedUnder = under;
    }
    return under.utf8;
  }

  public static EncodedString of(String value) {
    return new EncodedString(value);
  }

  public String value() {
    return value;
  }

  /** The form Jackson's {@code JsonGenerator} writes without escaping again. */
  public SerializableString serialized() {
    return serialized;
  }

  /** The JSON string literal, quotes included, as UTF-8 bytes. Shared: callers must not modify it. */
  public byte[] quotedUtf8() {
    return quotedUtf8;
  }

  /**
   * The string as a property name between a comma and a colon, {@code ,"name":}, as UTF-8 bytes: a
   * writer copies it whole, or from index 1 for an object's first property. Shared: callers must
   * not modify it.
   */
  public byte[] memberUtf8() {
    return memberUtf8;
  }

  @Override
  public String toString() {
    return value;
  }

  /** A tag's opening under one discriminator: <code>,{"discriminator":"tag"</code>. */
  private static final class TaggedUnder {
    final EncodedString discriminator;
    final byte[] utf8;

    TaggedUnder(EncodedString discriminator, EncodedString tag) {
      this.discriminator = discriminator;
      this.utf8 = tagged(discriminator.quotedUtf8, tag.quotedUtf8);
    }

    /** Whether these bytes are for {@code other}: the same one, or one with the same chars. */
    boolean isFor(EncodedString other) {
      return discriminator == other || discriminator.value.equals(other.value);
    }
  }
}
