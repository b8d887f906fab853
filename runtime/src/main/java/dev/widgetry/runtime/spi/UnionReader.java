package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;

/**
 * Tells which member of a union an object is. A tagged union reads the object's tag (its
 * {@code "type"}, or the union's own discriminator): straight from the document when it comes
 * first (as Widgetry writes it), else from a {@link Tape} of the object, recorded once with every
 * object inside it. An untagged union picks its member by the object's first property name when
 * only one member declares it, else by all its property names, read from a tape. Either way no
 * token of the document is recorded twice, so reading costs the same order of work wherever the
 * tag stands.
 */
final class UnionReader {
  private final Cursor cursor;
  private final ProblemLog problems;
  private final boolean strict;

  /** @param strict whether unknown properties are refused, which lets a first name decide a member */
  UnionReader(Cursor cursor, ProblemLog problems, boolean strict) {
    this.cursor = cursor;
    this.problems = problems;
    this.strict = strict;
  }

  String readTag(String unionName, String discriminator, NameTable tags) {
    JsonParser parser = cursor.parser;
    if (!cursor.isOpened() && parser.currentToken() != JsonToken.START_OBJECT) {
      // The expectation is spelled out only here, off the path every union object takes.
      problems.wrongToken("a " + unionName + " object");
      return null;
    }
    if (cursor.replay() == null) {
      if (cursor.isOpened()) {
        // A union around this one has read the first name, and the parser is on its value.
        if (discriminator.equals(cursor.openedName())) {
          cursor.takeOpenedName();
          return tagValue(unionName, discriminator, tags);
        }
      } else {
        try {
          if (discriminator.equals(parser.nextFieldName())) {
            parser.nextToken();
            return tagValue(unionName, discriminator, tags);
          }
        } catch (IOException e) {
          throw problems.abort(e);
        }
      }
      cursor.record(true);
    }
    return recordedTag(unionName, discriminator, tags);
  }

  /**
   * The string value of the property {@code name} of the object the parser is on, read ahead on a
   * recording of the object (made now unless the object is being replayed), which is then read from
   * its opening brace; null when the value is not an object (nothing is recorded then), or has no
   * such property, or its value is not a string. With {@code consume}, replay skips the property,
   * as it skips a tag a union has read.
   */
  String peekString(String name, boolean consume) {
    if (cursor.replay() == null) {
      if (cursor.isOpened() || cursor.parser.currentToken() != JsonToken.START_OBJECT) {
        return null;
      }
      cursor.record(false);
    }
    TapeParser replay = cursor.replay();
    if (replay.currentToken() != JsonToken.START_OBJECT) {
      return null;
    }
    Tape tape = replay.tape();
    int at = nameOnTape(tape, replay.position(), name);
    if (at < 0 || tape.token(at + 1) != JsonToken.VALUE_STRING) {
      return null;
    }
    if (consume) {
      tape.markTagRead(at);
    }
    return (String) tape.value(at + 1);
  }

  /**
   * The tag of the recorded object the tape is on, read where the tape says it is; the tape then
   * skips it, so the member reads the object's other properties from its opening brace on.
   */
  private String recordedTag(String unionName, String discriminator, NameTable tags) {
    TapeParser replay = cursor.replay();
    Tape tape = replay.tape();
    int name = discriminator.equals("type")
        ? tape.typeName(tape.objectAt(replay.position()))
        : nameOnTape(tape, replay.position(), discriminator);
    if (name < 0) {
      problems.addAt(cursor.pointer().appendProperty(discriminator), cursor.location(),
          "a \"" + discriminator + "\" naming the kind of " + unionName, "nothing", "");
      cursor.skipValue();
      return null;
    }
    JsonToken value = tape.token(name + 1);
    if (value != JsonToken.VALUE_STRING) {
      Object scalar = tape.value(name + 1);
      String found = Texts.describe(value, scalar == null ? null : scalar.toString());
      problems.addAt(cursor.pointer().appendProperty(discriminator), cursor.location(),
          "a string naming the kind of " + unionName, found, "");
      cursor.skipValue();
      return null;
    }
    tape.markTagRead(name);
    String tag = (String) tape.value(name + 1);
    int index = tags.indexOf(tag);
    return index >= 0 ? tags.name(index) : tag;
  }

  /**
   * The token of the property {@code name} of the object that starts at token {@code start}, or -1:
   * read ahead one step per property, its objects and arrays skipped whole.
   */
  private int nameOnTape(Tape tape, int start, String name) {
    int end = tape.endOf(start);
    int steps = 0;
    for (int at = start + 1; at < end; steps++) {
      if (tape.token(at) == JsonToken.FIELD_NAME && name.equals(tape.value(at))) {
        cursor.lookedAhead(steps + 1);
        return at;
      }
      int value = at + 1;
      JsonToken token = tape.token(value);
      at = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? tape.endOf(value) + 1 : value + 1;
    }
    cursor.lookedAhead(steps);
    return -1;
  }

  private String tagValue(String unionName, String discriminator, NameTable tags) {
    if (cursor.parser.currentToken() == JsonToken.VALUE_STRING) {
      int index = TextReader.indexOfCurrentString(cursor, tags);
      return index >= 0 ? tags.name(index) : cursor.text();
    }
    problems.wrongToken("a string naming the kind of " + unionName);
    cursor.skipRestOfObject();
    return null;
  }

  /**
   * Records an unknown tag and skips the object; the parser is where {@link #readTag} left it:
   * on the tag, or on the opening brace of a recorded object.
   */
  void unknownTag(String tag, String unionName, String discriminator, NameTable tags) {
    unknownMember(tag, discriminator, "a \"" + discriminator + "\" of " + unionName, tags);
  }

  /** Like {@link #unknownTag(String, String, String, NameTable)}, saying what was expected in the caller's words. */
  void unknownMember(String tag, String discriminator, String expected, NameTable tags) {
    JsonPointer pointer = cursor.parser.currentToken() == JsonToken.START_OBJECT
        ? cursor.pointer().appendProperty(discriminator)
        : cursor.pointer();
    problems.addAt(
        pointer,
        cursor.location(),
        expected + ": " + Texts.quotedList(tags.names()),
        "\"" + Texts.truncate(tag) + "\"",
        Texts.didYouMean(tag, tags.names()));
    cursor.skipRestOfObject();
  }

  /**
   * Picks the member of an untagged union an object is. When unknown properties are refused and
   * the object's first property name is declared by one member only (and its value is not null),
   * that member: any other would refuse the name. The object is then read on from that name, with
   * nothing recorded. Otherwise, the member that declares most of the object's property names (the
   * first on a tie), read from a recording whose opening brace the parser is left on. A property
   * whose value is null counts for none: {@code {"a": null}} means what {@code {}} means, and must
   * read as the same member.
   */
  int deduceMember(List<List<String>> members) {
    TapeParser replay = cursor.replay();
    if (replay == null) {
      if (strict) {
        int owner = soleOwner(members, cursor.openFirstName());
        if (owner >= 0 && cursor.parser.currentToken() != JsonToken.VALUE_NULL) {
          return owner;
        }
        cursor.record(true);
      } else {
        cursor.record(false);
      }
    } else if (strict) {
      Tape tape = replay.tape();
      int first = replay.position() + 1;
      if (tape.token(first) == JsonToken.FIELD_NAME && tape.token(first + 1) != JsonToken.VALUE_NULL) {
        int owner = soleOwner(members, (String) tape.value(first));
        cursor.lookedAhead(1);
        if (owner >= 0) {
          return owner;
        }
      }
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

  /** The one member that declares {@code name}, or -1 when none or several do. */
  private static int soleOwner(List<List<String>> members, String name) {
    if (name == null) {
      return -1;
    }
    int owner = -1;
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).contains(name)) {
        if (owner >= 0) {
          return -1;
        }
        owner = i;
      }
    }
    return owner;
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
