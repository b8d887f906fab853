package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.ParserMinimalBase;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads a {@link Tape} as a Jackson parser, so that generated readers read a recorded object just
 * as they read the document. It moves forward only, skips the {@code "type"} properties unions
 * have already read, and skips a whole object or array in one step. A reader keeps one, whose tape
 * each recording fills anew ({@link #record}).
 */
final class TapeParser extends ParserMinimalBase {
  private final Tape tape = new Tape();
  private final TapeContext root = TapeContext.root();
  private int position = -1;
  private TapeContext context = root;
  private boolean closed;

  /**
   * Records the object {@code document} is in (see {@link Tape#record}) on this parser's tape and
   * moves to its opening brace: this parser then replays it from the start.
   */
  void record(JsonParser document, boolean openingRead, String firstName) throws IOException {
    tape.record(document, openingRead, firstName);
    position = -1;
    context = root.restart();
    closed = false;
    _currToken = null;
    nextToken();
  }

  Tape tape() {
    return tape;
  }

  /** The index of the current token on the tape. */
  int position() {
    return position;
  }

  @Override
  public JsonToken nextToken() {
    int next = position + 1;
    while (next < tape.size() && tape.token(next) == Tape.READ_TAG) {
      next += 2;
    }
    if (next >= tape.size()) {
      position = tape.size();
      _currToken = null;
      return null;
    }
    if ((next ^ position) >>> IntColumn.CHUNK_BITS != 0) {
      tape.releaseBefore(next);
    }
    position = next;
    JsonToken token = tape.token(next);
    switch (token) {
      case START_OBJECT:
        context = context.enterObject(tape.objectAt(next));
        break;
      case START_ARRAY:
        context = context.enterArray();
        break;
      case END_OBJECT:
      case END_ARRAY:
        context = context.getParent();
        break;
      case FIELD_NAME:
        context.name((String) tape.value(next));
        break;
      default:
        context.value();
    }
    _currToken = token;
    return token;
  }

  /** Skips an object or array in one step, to its last token. */
  @Override
  public TapeParser skipChildren() {
    if (_currToken == JsonToken.START_OBJECT || _currToken == JsonToken.START_ARRAY) {
      int end = tape.endOf(position);
      tape.releaseBefore(end);
      position = end;
      context = context.getParent();
      _currToken = tape.token(position);
    }
    return this;
  }

  @Override
  protected void _handleEOF() {
    // A tape holds one whole object: it cannot end inside a value.
  }

  @Override
  public String getCurrentName() {
    if (_currToken == JsonToken.START_OBJECT || _currToken == JsonToken.START_ARRAY) {
      TapeContext parent = context.getParent();
      return parent == null ? null : parent.getCurrentName();
    }
    return context.getCurrentName();
  }

  @Override
  public void overrideCurrentName(String name) {
    context.name(name);
  }

  @Override
  public TapeContext getParsingContext() {
    return context;
  }

  @Override
  public JsonLocation getTokenLocation() {
    return tape.location(context.object());
  }

  @Override
  public JsonLocation getCurrentLocation() {
    return getTokenLocation();
  }

  @Override
  public String getText() {
    if (_currToken == null) {
      return null;
    }
    switch (_currToken) {
      case FIELD_NAME:
      case VALUE_STRING:
        return (String) tape.value(position);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return tape.value(position).toString();
      default:
        return _currToken.asString();
    }
  }

  @Override
  public char[] getTextCharacters() {
    String text = getText();
    return text == null ? null : text.toCharArray();
  }

  @Override
  public boolean hasTextCharacters() {
    return false;
  }

  @Override
  public int getTextLength() {
    String text = getText();
    return text == null ? 0 : text.length();
  }

  @Override
  public int getTextOffset() {
    return 0;
  }

  @Override
  public Number getNumberValue() throws IOException {
    Object value = number();
    return value instanceof Number ? (Number) value : Double.valueOf((String) value);
  }

  @Override
  public NumberType getNumberType() throws IOException {
    Object value = number();
    if (value instanceof Integer) {
      return NumberType.INT;
    }
    if (value instanceof Long) {
      return NumberType.LONG;
    }
    return value instanceof BigInteger ? NumberType.BIG_INTEGER : NumberType.DOUBLE;
  }

  @Override
  public int getIntValue() throws IOException {
    return getNumberValue().intValue();
  }

  @Override
  public long getLongValue() throws IOException {
    return getNumberValue().longValue();
  }

  @Override
  public BigInteger getBigIntegerValue() throws IOException {
    Object value = number();
    if (value instanceof BigInteger) {
      return (BigInteger) value;
    }
    return value instanceof Number ? BigInteger.valueOf(((Number) value).longValue()) : getDecimalValue().toBigInteger();
  }

  @Override
  public float getFloatValue() throws IOException {
    return (float) getDoubleValue();
  }

  @Override
  public double getDoubleValue() throws IOException {
    Object value = number();
    return value instanceof Number ? ((Number) value).doubleValue() : Double.parseDouble((String) value);
  }

  @Override
  public BigDecimal getDecimalValue() throws IOException {
    Object value = number();
    if (value instanceof BigInteger) {
      return new BigDecimal((BigInteger) value);
    }
    return value instanceof Number ? BigDecimal.valueOf(((Number) value).longValue()) : new BigDecimal((String) value);
  }

  private Object number() throws IOException {
    if (_currToken != JsonToken.VALUE_NUMBER_INT && _currToken != JsonToken.VALUE_NUMBER_FLOAT) {
      throw _constructError("Current token (" + _currToken + ") is not a number");
    }
    return tape.value(position);
  }

  @Override
  public byte[] getBinaryValue(Base64Variant variant) throws IOException {
    throw _constructError("A recorded object holds no binary values");
  }

  @Override
  public ObjectCodec getCodec() {
    return null;
  }

  @Override
  public void setCodec(ObjectCodec codec) {
    throw new UnsupportedOperationException("A recorded object is read without a codec");
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }
}
