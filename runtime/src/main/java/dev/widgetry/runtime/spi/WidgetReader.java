package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.WidgetParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What generated parsers read through: a Jackson {@link JsonParser} plus the problems found so far.
 * Its protocol matches Jackson's deserializers: a {@code read...} method starts on the value's
 * first token and leaves the parser on the value's last token.
 *
 * <p>A reader does not stop at the first bad value. It records a problem (with the JSON Pointer of
 * the value), skips the value and lets the parser go on, so one pass reports every problem it can.
 * Generated code then refuses to build a record whose parts had problems; the caller ends with
 * {@link #finish()}, which throws {@link WidgetParseException} listing them all. Malformed JSON and
 * exceeded limits stop the pass at once.
 *
 * <p>This class is the seam generated code calls; the work is done by a {@link Cursor} (where the
 * reader is), a {@link ProblemLog}, and a reader per kind of value: {@link TextReader} and
 * {@link NumberReader} (static: no objects of their own), {@link JsonTreeReader} and {@link UnionReader}.
 */
public final class WidgetReader {
  private final ParseOptions options;
  private final Cursor cursor;
  private final ProblemLog problems;
  /** Made when a union or a tree is first read: most payloads have neither, and a request pays for each object. */
  private UnionReader unions;
  private JsonTreeReader trees;
  /** Null unless maps may come as lists of entries: then every map's form is tracked. */
  private final EntryListReader entryLists;
  /** What the code driving this reader lends the helpers its codecs call; see {@link #context()}. */
  private Object context;

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
    this.entryLists = options.readsMapEntryLists()
        ? new EntryListReader(cursor, problems, !options.ignoresUnknownProperties())
        : null;
  }

  // ---------------------------------------------------------------- document

  /** Moves to the first token of the document. */
  public void beginDocument() {
    if (cursor.next() == null) {
      // Located where the parser stopped (line 1, column 1 for no input at all): there is no token.
      problems.addAt(cursor.pointer(), cursor.parser.currentLocation(), "a JSON value", "an empty input", "");
      problems.throwIfAny();
    }
  }

  /** Checks that nothing but whitespace follows the root value, then throws if anything was wrong. */
  public void endDocument() {
    if (cursor.next() != null) {
      problems.add("the end of the input after the root value", cursor.describe(), "");
    }
    finish();
  }

  /** The exception for a document refused before its first token: too long, say. */
  public static WidgetParseException refusedDocument(JsonProcessingException e) {
    return new WidgetParseException(List.of(ProblemLog.problem(
        "", e.getLocation(), ParserFailures.EXPECTED, ParserFailures.found(e), ParserFailures.hint(e))));
  }

  /** Throws {@link WidgetParseException} listing every problem found, if there was any. */
  public void finish() {
    problems.throwIfAny();
  }

  /** The tokens recorded so far for unions whose tag or member shows late: work a test counts. */
  long tokensRecorded() {
    return cursor.tokensRecorded();
  }

  /** The tokens read back so far from those recordings, by replay or look-ahead: work a test counts. */
  long tokensReplayed() {
    return cursor.tokensReplayed();
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
    return cursor.nextName();
  }

  /**
   * Moves to the next property of a record's object and answers with its position in {@code order},
   * the parser on its value: {@link PropertyOrder#END} when the object has ended, and the number of
   * names in the order for a name not in it ({@link #propertyName()} tells which). The parser is asked
   * first for the name at position {@code expected} (0 for the first property, the position after
   * the one just read for the others), which it matches in its input; a name in the record's order
   * costs no look-up, and a generated reader switches on the position rather than on the name.
   * Names in any other order are read all the same.
   */
  public int nextProperty(PropertyOrder order, int expected) {
    return cursor.nextIndex(order, expected);
  }

  /** The name of the property {@link #nextProperty} last moved to, while the parser is on its value. */
  public String propertyName() {
    return cursor.propertyName();
  }

  /** Like {@link #beginObject}, for arrays. */
  public boolean beginArray(String what) {
    return expectStart(JsonToken.START_ARRAY, what);
  }

  /** Moves to the next array element; false when the array has ended. */
  public boolean nextItem() {
    return cursor.next() != JsonToken.END_ARRAY;
  }

  /**
   * Whether the current value is {@code null}, which generated code reads as an absent optional
   * property. With {@link ParseOptions#withNullAsAbsent(boolean) nulls not taken as absent}, a
   * null is also recorded as a problem.
   */
  public boolean isNull() {
    if (cursor.parser.currentToken() != JsonToken.VALUE_NULL) {
      return false;
    }
    if (!options.nullAsAbsent()) {
      problems.add("a value, or the property left out", "null", "Leave the property out instead of writing null.");
    }
    return true;
  }

  /**
   * Like {@link #beginObject}, for a map: an object or, when {@link ParseOptions#withMapEntryLists
   * entry lists} are read, a list of {@code {"key", "value"}} entries. Read its keys with
   * {@link #nextKey()}.
   */
  public boolean beginMap(String what) {
    return entryLists == null ? beginObject(what) : entryLists.begin(what);
  }

  /**
   * Moves to the next key of the map begun by {@link #beginMap}: its key, with the parser on its
   * value, or null when the map has ended.
   */
  public String nextKey() {
    return entryLists == null ? cursor.nextName() : entryLists.nextKey();
  }

  /** Skips the current value, and its children when it is an object or array. */
  public void skipValue() {
    cursor.skipValue();
  }

  private boolean expectStart(JsonToken start, String what) {
    // An object a union has opened to choose its member by its first name is already begun.
    if (cursor.parser.currentToken() == start || (start == JsonToken.START_OBJECT && cursor.isOpened())) {
      return true;
    }
    problems.wrongToken(what);
    return false;
  }

  // ---------------------------------------------------------------- property bookkeeping

  /**
   * Marks a property as seen in a presence bit set and returns the new set; a property seen twice
   * is a problem, since which of the two values was meant cannot be known.
   */
  public long seen(long present, long bit, String name) {
    if ((present & bit) != 0) {
      seenTwice(name);
    }
    return present | bit;
  }

  /**
   * Like {@link #seen(long, long, String)}, for the property {@link #nextProperty} last moved to: what
   * a generated reader calls, one argument fewer a property.
   */
  public long seen(long present, long bit) {
    if ((present & bit) != 0) {
      seenTwice(cursor.propertyName());
    }
    return present | bit;
  }

  // Apart from seen, which a codec's read inlines once a property: its bytes count against C2's budget each time.
  private void seenTwice(String name) {
    problems.add("each property once", "\"" + name + "\" a second time", "");
  }

  /**
   * The wire version the input is read as ({@link ParseOptions#withWireVersion}), or null for none
   * in particular: generated code reads a prop that exists from a later version on as unknown.
   */
  public String wireVersion() {
    return options.wireVersion();
  }

  /**
   * What the code that drives this reader lends, while it reads, to the helpers the generated codecs
   * call (the A2UI message reader lends itself, so that a function call's {@code catalogId} is held
   * to the catalogs it was given), or null. Not for application code.
   */
  public Object context() {
    return context;
  }

  /** Sets what {@link #context()} returns, and gives back what it returned before (to restore it). */
  public Object context(Object lent) {
    Object before = context;
    context = lent;
    return before;
  }

  /** Handles a property the type does not declare: a problem, unless unknown properties are ignored. */
  public void unknownProperty(String name, String typeName, List<String> known) {
    if (!options.ignoresUnknownProperties()) {
      problems.add(
          "one of the properties of " + typeName + " (" + String.join(", ", known) + ")",
          "\"" + Texts.truncate(name) + "\"",
          Texts.didYouMean(name, known));
    }
    cursor.skipValue();
  }

  /** Records a map key seen before in the same object; the parser is on the repeated key's value. */
  public void duplicateKey(String key) {
    problems.add("each key once", "\"" + Texts.truncate(key) + "\" a second time", "");
  }

  /** Records a set element equal to an earlier one: a JSON array for a set holds unique items. */
  public void duplicateItem() {
    problems.add("unique items", "an item equal to an earlier one", "");
  }

  /**
   * Reads the {@code "type"} of a record that belongs to a tagged union, when the record is read on
   * its own: it must name the record.
   */
  public void expectTag(String tag) {
    String found = TextReader.readString(cursor);
    if (found != null && !found.equals(tag)) {
      problems.add("\"" + tag + "\"", cursor.describe(), Texts.didYouMean(found, List.of(tag)));
    }
  }

  /** Records that a required property is absent; called on the object's closing token. */
  public void missingProperty(String name, String expected) {
    problems.addAt(cursor.pointer().appendProperty(name), cursor.location(), expected, "nothing", "");
  }

  /**
   * Records each required property absent, in order, as {@link #missingProperty} would: the set bits
   * of {@code required} are the required properties' bits, lowest first, and {@code namesAndExpected}
   * holds each one's name and what it expects, in the same order. A generated reader calls it once
   * for each word of presence bits that lacks a required bit: one call rather than a test and a call
   * a property, which javac compiles for every codec.
   */
  public void missingProperties(long present, long required, String... namesAndExpected) {
    long bits = required;
    for (int i = 0; bits != 0; i += 2) {
      long bit = Long.lowestOneBit(bits);
      if ((present & bit) == 0) {
        missingProperty(namesAndExpected[i], namesAndExpected[i + 1]);
      }
      bits &= ~bit;
    }
  }

  /** The number of problems so far: generated code compares it before and after reading an object. */
  public int problemCount() {
    return problems.count();
  }

  /** Records that a record's constructor refused the values read for it. */
  public void rejected(String typeName, RuntimeException exception) {
    String reason = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
    problems.add("a value " + typeName + " accepts", "one it rejects: " + Texts.truncate(reason), "");
  }

  /** Records a value that breaks a constraint; the parser is on that value. */
  public void violation(String expected, String found) {
    problems.add(expected, found, "");
  }

  // ---------------------------------------------------------------- scalars

  public String readString() {
    return TextReader.readString(cursor);
  }

  /**
   * Reads an optional string property: a string, or null for a JSON null as {@link #isNull} reads
   * it. One call where generated code would make two: each call site a codec's {@code read} inlines
   * counts against C2's budget for the whole method (benchmarks/ANALYSIS.md).
   */
  public String readNullableString() {
    return cursor.parser.currentToken() == JsonToken.VALUE_STRING ? cursor.text() : nullOrWrongString();
  }

  private String nullOrWrongString() {
    return isNull() ? null : TextReader.readString(cursor);
  }

  /** Reads an optional enum property, as {@link #readNullableString} does a string. */
  public <E extends Enum<E>> E readNullableEnum(EnumNames<E> names) {
    return cursor.parser.currentToken() == JsonToken.VALUE_STRING
        ? TextReader.readEnum(cursor, names)
        : nullOrWrongEnum(names);
  }

  private <E extends Enum<E>> E nullOrWrongEnum(EnumNames<E> names) {
    return isNull() ? null : TextReader.readEnum(cursor, names);
  }

  public char readChar() {
    return TextReader.readChar(cursor);
  }

  public boolean readBoolean() {
    JsonToken token = cursor.parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token != JsonToken.VALUE_FALSE) {
      problems.wrongToken("true or false");
    }
    return false;
  }

  public byte readByte() {
    return (byte) NumberReader.readInteger(cursor, Byte.MIN_VALUE, Byte.MAX_VALUE);
  }

  public short readShort() {
    return (short) NumberReader.readInteger(cursor, Short.MIN_VALUE, Short.MAX_VALUE);
  }

  public int readInt() {
    return (int) NumberReader.readInteger(cursor, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  public long readLong() {
    return NumberReader.readInteger(cursor, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  public BigInteger readBigInteger() {
    return NumberReader.readBigInteger(cursor);
  }

  public double readDouble() {
    return NumberReader.readDouble(cursor);
  }

  public float readFloat() {
    return NumberReader.readFloat(cursor);
  }

  public BigDecimal readBigDecimal() {
    return NumberReader.readBigDecimal(cursor);
  }

  public LocalDate readLocalDate() {
    return TextReader.readTemporal(cursor, LocalDate::parse, "an ISO-8601 date such as \"2025-01-31\"");
  }

  public LocalDateTime readLocalDateTime() {
    return TextReader.readTemporal(cursor, LocalDateTime::parse,
        "an ISO-8601 local date-time such as \"2025-01-31T09:30:00\"");
  }

  public OffsetDateTime readOffsetDateTime() {
    return TextReader.readTemporal(cursor, OffsetDateTime::parse,
        "an ISO-8601 date-time with offset such as \"2025-01-31T09:30:00+01:00\"");
  }

  public Instant readInstant() {
    return TextReader.readTemporal(cursor, Instant::parse, "an ISO-8601 instant such as \"2025-01-31T08:30:00Z\"");
  }

  /** Reads any JSON value as a Jackson tree, copied through unchanged; a repeated key is a problem. */
  public JsonNode readTree() {
    if (trees == null) {
      trees = new JsonTreeReader(cursor, problems);
    }
    return trees.read();
  }

  /**
   * Reads one of an enum's JSON names as its constant. Any other string is recorded as a problem
   * that suggests the closest name, and reads as null, as does a value that is not a string.
   */
  public <E extends Enum<E>> E readEnum(EnumNames<E> names) {
    return TextReader.readEnum(cursor, names);
  }

  // ---------------------------------------------------------------- unions

  /** How many recorded objects are being replayed; pass it back to {@link #endReplay(int)}. */
  public int replayDepth() {
    return cursor.depth();
  }

  /**
   * Reads the {@code "type"} tag of the object the parser is on. Afterwards the parser is placed so
   * that a member's {@code readProperties} sees the object's other properties: directly when
   * {@code "type"} came first (the common case: Widgetry writes it first), else by replaying the
   * object from a recording of it. A known tag is returned as the very instance in {@code tags};
   * returns null, with a problem recorded and the object skipped, when the tag is missing or is
   * not a string.
   */
  public String readTypeTag(String unionName, NameTable tags) {
    return unions().readTag(unionName, "type", tags);
  }

  /**
   * Like {@link #readTypeTag}, for a union whose members write their tag in another property, its
   * {@code discriminator} ({@code "component"}, {@code "call"}).
   */
  public String readTag(String unionName, String discriminator, NameTable tags) {
    return unions().readTag(unionName, discriminator, tags);
  }

  /**
   * The string value of the property {@code name} of the object the parser is on, read ahead: for
   * a reader that must know it before the object's union tag (A2UI v1.0's {@code catalogId}, which
   * decides the catalog a {@code "component"} is of). The object is recorded, as for a tag that
   * comes late, and read from its opening brace afterwards; end with {@link #endReplay(int)}. Null
   * when the value is not an object, has no such property, or its value is not a string. With
   * {@code consume}, the object's reader does not see the property.
   */
  public String peekString(String name, boolean consume) {
    return unions().peekString(name, consume);
  }

  /**
   * Records an unknown tag and skips the rest of the object; called by a generated union with the
   * parser where {@link #readTypeTag} left it.
   */
  public void unknownTag(String tag, String unionName, NameTable tags) {
    unions().unknownTag(tag, unionName, "type", tags);
  }

  /** Like {@link #unknownTag(String, String, NameTable)}, for a union tagged by {@code discriminator}. */
  public void unknownTag(String tag, String unionName, String discriminator, NameTable tags) {
    unions().unknownTag(tag, unionName, discriminator, tags);
  }

  /**
   * Like {@link #unknownTag(String, String, String, NameTable)}, for a reader that is not a
   * generated union and says what it expected in its own words ("one of the components of the
   * basic catalog"); the names follow.
   */
  public void unknownMember(String tag, String discriminator, String expected, NameTable tags) {
    unions().unknownMember(tag, discriminator, expected, tags);
  }

  /** The kind of the current value, for an untagged union to choose its member by. */
  public JsonKind kind() {
    return unions().kind();
  }

  /**
   * Picks which of an untagged union's object members the current object is: the only member that
   * declares its first property name, when unknown properties are refused (nothing is recorded then);
   * else by all its property names (properties whose value is null do not count), the member that
   * declares most of them, the first on a tie, whose reader then starts on the object's opening
   * brace, replayed from a recording. Either way, end with {@link #endReplay(int)}.
   *
   * @param members each object member's property names, in the union's order
   * @return the index of the chosen member
   */
  public int deduceMember(List<List<String>> members) {
    return unions().deduceMember(members);
  }

  /** Records that a value fits none of an untagged union's members, and skips it. */
  public void noMatchingMember(String expected) {
    problems.wrongToken(expected);
  }

  private UnionReader unions() {
    if (unions == null) {
      unions = new UnionReader(cursor, problems, !options.ignoresUnknownProperties());
    }
    return unions;
  }

  /** Returns to the document after the replays started since {@code depth} have been read. */
  public void endReplay(int depth) {
    cursor.endReplay(depth);
  }
}
