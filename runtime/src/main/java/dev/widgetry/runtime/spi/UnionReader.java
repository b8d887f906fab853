package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;

/**
 * Tells which member of a union an object is. A tagged union reads the object's {@code "type"}:
 * straight from the document when it comes first (as Widgetry writes it), else from a {@link Tape}
 * of the object, recorded once with every object inside it. An untagged union reads the object's
 * property names from a tape. Either way no token of the document is recorded twice, so reading
 * costs the same order of work wherever {@code "type"} stands.
 */
final class UnionReader {
  private static final JsonPointer TYPE = JsonPointer.empty().appendProperty("type");

  private final Cursor cursor;
  private final ProblemLog problems;
  private final TextReader text;

  UnionReader(Cursor cursor, ProblemLog problems, TextReader text) {
    this.cursor = cursor;
    this.problems = problems;
    this.text = text;
  }

  String readTypeTag(String unionName, NameTable tags) {
    JsonParser parser = cursor.parser;
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      // The expectation is spelled out only here, off the path every union object takes.
      problems.wrongToken("a " + unionName + " object");
      return null;
    }
    if (cursor.replay() == null) {
      String first;
      try {
        first = parser.nextFieldName();
        if ("type".equals(first)) {
          parser.nextToken();
          return tagValue(unionName, tags);
        }
      } catch (IOException e) {
        throw problems.abort(e);
      }
      cursor.record(true);
    }
    return recordedTag(unionName, tags);
  }

  /**
   * The tag of the recorded object the tape is on, read where the tape says it is; the tape then
   * skips it, so the member reads the object's other properties from its opening brace on.
   */
  private String recordedTag(String unionName, NameTable tags) {
    TapeParser replay = cursor.replay();
    Tape tape = replay.tape();
    int name = tape.typeName(tape.objectAt(replay.position()));
    if (name < 0) {
      problems.addAt(cursor.pointer().append(TYPE), cursor.location(), "a \"type\" naming the kind of " + unionName,
          "nothing", "");
      cursor.skipValue();
      return null;
    }
    JsonToken value = tape.token(name + 1);
    if (value != JsonToken.VALUE_STRING) {
      Object scalar = tape.value(name + 1);
      String found = Texts.describe(value, scalar == null ? null : scalar.toString());
      problems.addAt(cursor.pointer().append(TYPE), cursor.location(), "a string naming the kind of " + unionName,
          found, "");
      cursor.skipValue();
      return null;
    }
    tape.markTagRead(name);
    String tag = (String) tape.value(name + 1);
    int index = tags.indexOf(tag);
    return index >= 0 ? tags.name(index) : tag;
  }

  private String tagValue(String unionName, NameTable tags) {
    if (cursor.parser.currentToken() == JsonToken.VALUE_STRING) {
      int index = text.indexOfCurrentString(tags);
      return index >= 0 ? tags.name(index) : cursor.text();
    }
    problems.wrongToken("a string naming the kind of " + unionName);
    cursor.skipRestOfObject();
    return null;
  }

  /**
   * Records an unknown tag and skips the object; the parser is where {@link #readTypeTag} left it:
   * on the tag, or on the opening brace of a recorded object.
   */
  void unknownTag(String tag, String unionName, NameTable tags) {
    JsonPointer pointer = cursor.parser.currentToken() == JsonToken.START_OBJECT
        ? cursor.pointer().append(TYPE)
        : cursor.pointer();
    problems.addAt(
        pointer,
        cursor.location(),
        "a \"type\" of " + unionName + ": " + Texts.quotedList(tags.names()),
        "\"" + Texts.truncate(tag) + "\"",
        Texts.didYouMean(tag, tags.names()));
    cursor.skipRestOfObject();
  }

  /**
   * Picks the member of an untagged union that declares most of the object's property names (the
   * first on a tie). A property whose value is null counts for none: {@code {"a": null}} means what
   * {@code {}} means, and must read as the same member. The parser stays on the opening brace.
   */
  int deduceMember(List<List<String>> members) {
    if (cursor.replay() == null) {
      cursor.record(false);
    }
    int best = 0;
    int bestScore = -1;
    for (int i = 0; i < members.size(); i++) {
      int score = declaredNamesWithValues(members.get(i));
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * How many of the recorded object's properties whose value is not null {@code names} declares,
   * read ahead on the tape, one step per property: its objects and arrays are skipped whole.
   */
  private int declaredNamesWithValues(List<String> names) {
    TapeParser replay = cursor.replay();
    Tape tape = replay.tape();
    int end = tape.endOf(replay.position());
    int declared = 0;
    int steps = 0;
    for (int name = replay.position() + 1; name < end; steps++) {
      int value = name + 1;
      JsonToken token = tape.token(value);
      if (token != JsonToken.VALUE_NULL && tape.token(name) == JsonToken.FIELD_NAME
          && names.contains((String) tape.value(name))) {
        declared++;
      }
      name = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? tape.endOf(value) + 1 : value + 1;
    }
    cursor.lookedAhead(steps);
    return declared;
  }

  /** The kind of the current value, for an untagged union to choose its member by. */
  JsonKind kind() {
    JsonToken token = cursor.parser.currentToken();
    if (token == null) {
      return JsonKind.NULL;
    }
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
}
