package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The cursor generated parsers read through: a Jackson {@link JsonParser} plus the problems found
 * so far. Its protocol matches Jackson's deserializers: a {@code read...} method starts on the
 * value's first token and leaves the parser on the value's last token.
 *
 * <p>A reader does not stop at the first bad value. It records a {@link ParseProblem} (with the
 * JSON Pointer of the value), skips the value and lets the parser go on, so one pass reports every
 * problem it can. Generated code then refuses to build a record whose parts had problems; the caller
 * ends with {@link #finish()}, which throws {@link WidgetParseException} listing them all. Malformed
 * JSON and exceeded limits stop the pass at once.
 */
public final class WidgetReader {
  private static final JsonPointer TYPE = JsonPointer.empty().appendProperty("type");

  private final ParseOptions options;
  private final Cursor cursor;
  private final ProblemLog problems;

  public WidgetReader(JsonParser parser, ParseOptions options) {
    this(parser, options, JsonPointer.empty());
  }

  /**
   * A reader for a value that was cut out of a larger document, e.g. an action payload buffered
   * while its request was read: its problems carry pointers into that document, under {@code base}.
   */
  public WidgetReader(JsonParser parser, ParseOptions options, String base) {
    this(parser, options, JsonPointer.compile(base));
  }

  private WidgetReader(JsonParser parser, ParseOptions options, JsonPointer base) {
    this.options = options;
    this.cursor = new Cursor(parser, base);
    this.problems = new ProblemLog(cursor, options.maxProblems());
  }

  // ---------------------------------------------------------------- document

  /** Moves to the first token of the document. */
  public void beginDocument() {
    if (advance() == null) {
      throw abort("a JSON value", "an empty input");
    }
  }

  /** Checks that nothing but whitespace follows the root value, then throws if anything was wrong. */
  public void endDocument() {
    JsonToken next = advance();
    if (next != null) {
      problem("the end of the input after the root value", describe(next), "");
    }
    finish();
  }

  /** The exception for a document refused before its first token: too long, say. */
  public static WidgetParseException refusedDocument(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return new WidgetParseException(List.of(new ParseProblem(
        "",
        "well-formed JSON within the parser's limits",
        Texts.parserFailure(e.getOriginalMessage()),
        at == null ? -1 : at.getLineNr(),
        at == null ? -1 : at.getColumnNr(),
        "")));
  }

  /** Throws {@link WidgetParseException} listing every problem found, if there was any. */
  public void finish() {
    problems.throwIfAny();
  }

  // ---------------------------------------------------------------- structure

  /**
   * Checks that the current token starts an object. If not, records a problem naming {@code what}
   * ("a Product object"), skips the value and returns false.
   */
  public boolean beginObject(String what) {
    return expectStart(JsonToken.START_OBJECT, what);
  }

  /**
   * Moves to the next property of the current object. Returns its name with the parser on the
   * property's value, or null when the object has ended.
   */
  public String nextName() {
    try {
      String name = cursor.parser.nextFieldName();
      if (name == null) {
        return null;
      }
      cursor.parser.nextToken();
      return name;
    } catch (IOException e) {
      throw abort(e);
    }
  }

  /** Like {@link #beginObject}, for arrays. */
  public boolean beginArray(String what) {
    return expectStart(JsonToken.START_ARRAY, what);
  }

  /** Moves to the next array element; false when the array has ended. */
  public boolean nextItem() {
    return advance() != JsonToken.END_ARRAY;
  }

  public boolean isNull() {
    return cursor.parser.currentToken() == JsonToken.VALUE_NULL;
  }

  /** Skips the current value, and its children when it is an object or array. */
  public void skipValue() {
    try {
      cursor.parser.skipChildren();
    } catch (IOException e) {
      throw abort(e);
    }
  }

  // ---------------------------------------------------------------- property bookkeeping

  /**
   * Marks a property as seen in a presence bit set and returns the new set; a property seen twice
   * is a problem, since which of the two values was meant cannot be known.
   */
  public long seen(long present, long bit, String name) {
    if ((present & bit) != 0) {
      problem("each property once", "\"" + name + "\" a second time", "");
    }
    return present | bit;
  }

  /** Handles a property the type does not declare: a problem, unless unknown properties are ignored. */
  public void unknownProperty(String name, String typeName, List<String> known) {
    if (!options.ignoresUnknownProperties()) {
      problem(
          "one of the properties of " + typeName + " (" + String.join(", ", known) + ")",
          "\"" + Texts.truncate(name) + "\"",
          Texts.didYouMean(name, known));
    }
    skipValue();
  }

  /** Records a map key seen before in the same object; the parser is on the repeated key's value. */
  public void duplicateKey(String key) {
    problem("each key once", "\"" + Texts.truncate(key) + "\" a second time", "");
  }

  /** Records a set element equal to an earlier one: a JSON array for a set holds unique items. */
  public void duplicateItem() {
    problem("unique items", "an item equal to an earlier one", "");
  }

  /**
   * Reads the {@code "type"} of a record that belongs to a tagged union, when the record is read on
   * its own: it must name the record.
   */
  public void expectTag(String tag) {
    String found = readString();
    if (found != null && !found.equals(tag)) {
      problem("\"" + tag + "\"", describe(JsonToken.VALUE_STRING), Texts.didYouMean(found, List.of(tag)));
    }
  }

  /** Records that a required property is absent; called on the object's closing token. */
  public void missingProperty(String name, String expected) {
    problems.addAt(cursor.pointer().appendProperty(name), cursor.location(), expected, "nothing", "");
  }

  /** The number of problems so far: generated code compares it before and after reading an object. */
  public int problemCount() {
    return problems.count();
  }

  /** Records that a record's constructor refused the values read for it. */
  public void rejected(String typeName, RuntimeException exception) {
    String reason = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
    problem("a value " + typeName + " accepts", "one it rejects: " + Texts.truncate(reason), "");
  }

  /** Records a value that breaks a constraint; the parser is on that value. */
  public void violation(String expected, String found) {
    problem(expected, found, "");
  }

  // ---------------------------------------------------------------- scalars

  public String readString() {
    if (cursor.parser.currentToken() == JsonToken.VALUE_STRING) {
      return text();
    }
    wrongToken("a string");
    return null;
  }

  public char readChar() {
    String text = readString();
    if (text == null) {
      return 0;
    }
    if (text.length() != 1) {
      problem("a string of exactly one character", describe(JsonToken.VALUE_STRING), "");
      return 0;
    }
    return text.charAt(0);
  }

  public boolean readBoolean() {
    JsonToken token = cursor.parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token != JsonToken.VALUE_FALSE) {
      wrongToken("true or false");
    }
    return false;
  }

  public byte readByte() {
    return (byte) readInteger(Byte.MIN_VALUE, Byte.MAX_VALUE);
  }

  public short readShort() {
    return (short) readInteger(Short.MIN_VALUE, Short.MAX_VALUE);
  }

  public int readInt() {
    return (int) readInteger(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  public long readLong() {
    return readInteger(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  public BigInteger readBigInteger() {
    try {
      JsonToken token = cursor.parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT) {
        return cursor.parser.getBigIntegerValue();
      }
      if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        BigInteger integral = integralValue(cursor.parser.getDecimalValue());
        if (integral != null) {
          return integral;
        }
      }
    } catch (IOException e) {
      throw abort(e);
    }
    wrongToken("an integer");
    return null;
  }

  public double readDouble() {
    try {
      if (cursor.parser.currentToken().isNumeric()) {
        double value = cursor.parser.getDoubleValue();
        if (Double.isFinite(value)) {
          return value;
        }
        problem("a number that fits a double", describe(cursor.parser.currentToken()), "");
        return 0;
      }
    } catch (IOException e) {
      throw abort(e);
    }
    wrongToken("a number");
    return 0;
  }

  public float readFloat() {
    double value = readDouble();
    // Not |value| > Float.MAX_VALUE: the text of Float.MAX_VALUE reads back as a double a hair above it.
    if (Float.isInfinite((float) value)) {
      problem("a number that fits a float", describe(cursor.parser.currentToken()), "");
      return 0;
    }
    return (float) value;
  }

  public BigDecimal readBigDecimal() {
    try {
      if (cursor.parser.currentToken().isNumeric()) {
        return cursor.parser.getDecimalValue();
      }
    } catch (IOException e) {
      throw abort(e);
    }
    wrongToken("a number");
    return null;
  }

  public LocalDate readLocalDate() {
    return readTemporal(LocalDate::parse, "an ISO-8601 date such as \"2025-01-31\"");
  }

  public LocalDateTime readLocalDateTime() {
    return readTemporal(LocalDateTime::parse, "an ISO-8601 local date-time such as \"2025-01-31T09:30:00\"");
  }

  public OffsetDateTime readOffsetDateTime() {
    return readTemporal(OffsetDateTime::parse, "an ISO-8601 date-time with offset such as \"2025-01-31T09:30:00+01:00\"");
  }

  public Instant readInstant() {
    return readTemporal(Instant::parse, "an ISO-8601 instant such as \"2025-01-31T08:30:00Z\"");
  }

  /** Reads any JSON value as a Jackson tree, copied through unchanged. */
  public JsonNode readTree() {
    try {
      return JsonTreeReader.read(cursor.parser);
    } catch (IOException e) {
      throw abort(e);
    }
  }

  /**
   * Reads one of an enum's JSON names as its constant. Any other string is recorded as a problem
   * that suggests the closest name, and reads as null, as does a value that is not a string.
   */
  public <E extends Enum<E>> E readEnum(EnumNames<E> names) {
    if (cursor.parser.currentToken() != JsonToken.VALUE_STRING) {
      wrongToken("a string");
      return null;
    }
    int index = indexOfCurrentString(names.table());
    if (index >= 0) {
      return names.constant(index);
    }
    String found = text();
    List<String> allowed = names.jsonNames();
    problem("one of " + Texts.quotedList(allowed), "\"" + Texts.truncate(found) + "\"", Texts.didYouMean(found, allowed));
    return null;
  }

  // ---------------------------------------------------------------- unions

  /** How many buffered objects are being replayed; pass it back to {@link #endReplay(int)}. */
  public int replayDepth() {
    return cursor.depth();
  }

  /**
   * Reads the {@code "type"} tag of the object the parser is on. Afterwards the parser is placed so
   * that a member's {@code readProperties} sees the object's other properties: directly when
   * {@code "type"} came first (the common case: Widgetry writes it first), else by replaying the
   * object from a buffer. A known tag is returned as the very instance in {@code tags}; returns
   * null, with a problem recorded and the object skipped, when the tag is missing or is not a
   * string.
   */
  public String readTypeTag(String unionName, NameTable tags) {
    if (cursor.parser.currentToken() != JsonToken.START_OBJECT) {
      // The expectation is spelled out only here, off the path every union object takes.
      wrongToken("a " + unionName + " object");
      return null;
    }
    try {
      String first = cursor.parser.nextFieldName();
      if ("type".equals(first)) {
        cursor.parser.nextToken();
        return tagValue(unionName, tags);
      }
      // Problems in a buffered object are located at its first property (or its closing brace when
      // it has none): taking the opening brace's location would cost an object for every union
      // object read, tag first or not.
      JsonLocation objectStart = cursor.location();
      TokenBuffer buffer = new TokenBuffer(null, false);
      buffer.writeStartObject();
      String tag = null;
      boolean tagFound = false;
      for (String name = first; name != null; name = cursor.parser.nextFieldName()) {
        if (!tagFound && name.equals("type")) {
          cursor.parser.nextToken();
          tagFound = true;
          tag = tagValue(unionName, tags);
        } else {
          buffer.copyCurrentStructure(cursor.parser);
        }
      }
      buffer.writeEndObject();
      JsonPointer objectPointer = objectPointerAtItsEnd();
      if (!tagFound) {
        problems.addAt(objectPointer.append(TYPE), objectStart, "a \"type\" naming the kind of " + unionName, "nothing", "");
        return null;
      }
      if (tag != null) {
        cursor.startReplay(buffer, objectPointer, objectStart);
      }
      return tag;
    } catch (IOException e) {
      throw abort(e);
    }
  }

  /**
   * Records an unknown tag and skips the rest of the object; called by a generated union with the
   * parser where {@link #readTypeTag} left it.
   */
  public void unknownTag(String tag, String unionName, NameTable tags) {
    JsonPointer replayed = cursor.replayedObject();
    JsonPointer pointer = replayed == null ? cursor.pointer() : replayed.append(TYPE);
    problems.addAt(
        pointer,
        cursor.location(),
        "a \"type\" of " + unionName + ": " + Texts.quotedList(tags.names()),
        "\"" + Texts.truncate(tag) + "\"",
        Texts.didYouMean(tag, tags.names()));
    skipRestOfObject();
  }

  /** Buffers the object the parser is on and returns its property names, then replays it from the start. */
  private Set<String> bufferObject() {
    try {
      JsonLocation objectStart = cursor.location();
      TokenBuffer buffer = new TokenBuffer(null, false);
      buffer.writeStartObject();
      Set<String> names = new LinkedHashSet<>();
      for (String name = cursor.parser.nextFieldName(); name != null; name = cursor.parser.nextFieldName()) {
        names.add(name);
        buffer.copyCurrentStructure(cursor.parser);
      }
      buffer.writeEndObject();
      cursor.startReplay(buffer, objectPointerAtItsEnd(), objectStart);
      return names;
    } catch (IOException e) {
      throw abort(e);
    }
  }

  /**
   * The pointer of the object whose closing brace the parser is on. On {@code END_OBJECT} the
   * parser has already left the object's context for its parent's, which still names the object;
   * asking here rather than at the opening brace spares building a pointer for every union object
   * that needs no buffering.
   */
  private JsonPointer objectPointerAtItsEnd() {
    return cursor.pointer();
  }

  /** The kind of the current value, for an untagged union to choose its member by. */
  public JsonKind kind() {
    JsonToken token = cursor.parser.currentToken();
    switch (token) {
      case VALUE_STRING:
        return JsonKind.STRING;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return JsonKind.NUMBER;
      case VALUE_TRUE:
      case VALUE_FALSE:
        return JsonKind.BOOLEAN;
      case START_ARRAY:
        return JsonKind.ARRAY;
      case START_OBJECT:
        return JsonKind.OBJECT;
      default:
        return JsonKind.NULL;
    }
  }

  /**
   * Picks which of an untagged union's object members the current object is, by its property names:
   * the member that declares most of them (the first on a tie). The object is buffered and replayed,
   * so the member's reader then starts on its opening brace; end with {@link #endReplay(int)}.
   *
   * @param members each object member's property names, in the union's order
   * @return the index of the chosen member
   */
  public int deduceMember(List<List<String>> members) {
    Set<String> names = bufferObject();
    int best = 0;
    int bestScore = -1;
    for (int i = 0; i < members.size(); i++) {
      int score = 0;
      for (String name : names) {
        if (members.get(i).contains(name)) {
          score++;
        }
      }
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  /** Records that a value fits none of an untagged union's members, and skips it. */
  public void noMatchingMember(String expected) {
    wrongToken(expected);
  }

  /** Returns to the document after the replays started since {@code depth} have been read. */
  public void endReplay(int depth) {
    cursor.endReplay(depth);
  }

  // ---------------------------------------------------------------- internals

  private String tagValue(String unionName, NameTable tags) {
    if (cursor.parser.currentToken() == JsonToken.VALUE_STRING) {
      int index = indexOfCurrentString(tags);
      return index >= 0 ? tags.name(index) : text();
    }
    wrongToken("a string naming the kind of " + unionName);
    skipRestOfObject();
    return null;
  }

  private void skipRestOfObject() {
    try {
      while (cursor.parser.nextFieldName() != null) {
        cursor.parser.nextToken();
        cursor.parser.skipChildren();
      }
    } catch (IOException e) {
      throw abort(e);
    }
  }

  private long readInteger(long min, long max) {
    try {
      JsonToken token = cursor.parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT) {
        if (cursor.parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
          long value = cursor.parser.getLongValue();
          if (value >= min && value <= max) {
            return value;
          }
        }
        problem(Texts.integerRange(min, max), describe(token), "");
        return 0;
      }
      if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        BigInteger integral = integralValue(cursor.parser.getDecimalValue());
        if (integral != null
            && integral.compareTo(BigInteger.valueOf(min)) >= 0
            && integral.compareTo(BigInteger.valueOf(max)) <= 0) {
          return integral.longValue();
        }
        problem(Texts.integerRange(min, max), describe(token), "");
        return 0;
      }
    } catch (IOException e) {
      throw abort(e);
    }
    wrongToken("an integer");
    return 0;
  }

  /** The value as an exact integer, or null when it has a fraction or is absurdly large. */
  private static BigInteger integralValue(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > 0 || stripped.precision() - stripped.scale() > 400) {
      return null;
    }
    return stripped.toBigIntegerExact();
  }

  private <T> T readTemporal(Function<String, T> parse, String expected) {
    if (cursor.parser.currentToken() != JsonToken.VALUE_STRING) {
      wrongToken(expected);
      return null;
    }
    String text = text();
    try {
      return parse.apply(text);
    } catch (DateTimeParseException e) {
      problem(expected, describe(JsonToken.VALUE_STRING), "");
      return null;
    }
  }

  private boolean expectStart(JsonToken start, String what) {
    if (cursor.parser.currentToken() == start) {
      return true;
    }
    wrongToken(what);
    return false;
  }

  /** Records "expected X, found Y" for the current token and skips it. */
  private void wrongToken(String expected) {
    problem(expected, describe(cursor.parser.currentToken()), "");
    skipValue();
  }

  /**
   * Where the current string is in {@code table}, or -1: matched in the parser's own buffer when it
   * has one, so that a known name makes no {@code String}.
   */
  private int indexOfCurrentString(NameTable table) {
    try {
      return cursor.parser.hasTextCharacters()
          ? table.indexOf(cursor.parser.getTextCharacters(), cursor.parser.getTextOffset(), cursor.parser.getTextLength())
          : table.indexOf(cursor.parser.getText());
    } catch (IOException e) {
      throw abort(e);
    }
  }

  private String text() {
    try {
      return cursor.parser.getText();
    } catch (IOException e) {
      throw abort(e);
    }
  }

  private JsonToken advance() {
    try {
      return cursor.parser.nextToken();
    } catch (IOException e) {
      throw abort(e);
    }
  }

  private String describe(JsonToken token) {
    return Texts.describe(token, token != null && token.isScalarValue() ? text() : null);
  }

  private void problem(String expected, String found, String hint) {
    problems.add(expected, found, hint);
  }

  private WidgetParseException abort(IOException e) {
    return problems.abort(e);
  }

  private WidgetParseException abort(String expected, String found) {
    return problems.abort(expected, found);
  }

}
