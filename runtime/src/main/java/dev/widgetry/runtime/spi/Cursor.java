package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Where a {@link WidgetReader} is: the parser it reads from, which is the document's own or, while
 * a recorded object is replayed, the {@link TapeParser} of its {@link Tape}; and the JSON Pointer
 * and location to report problems at in either case.
 *
 * <p>At most one tape is replayed at a time: an object inside a replayed one is already on the
 * tape, so a union inside it reads its tag from there instead of recording it again. While a tape
 * is replayed the document's parser stays on the recorded object's closing brace, which is what
 * makes a pointer into the tape cheap: the document's parser names the object, the tape the rest.
 */
final class Cursor {
  /** Read directly by the readers on every token: no accessor between it and the hot path. */
  JsonParser parser;
  private final JsonParser document;
  /** Where the document sits in a larger one (an action payload in its request); empty otherwise. */
  private final JsonPointer base;
  /**
   * The parser of every replay: a reader replays one tape at a time, so one is kept and reused. A
   * replay is on while {@link #parser} is this one rather than the document's, which takes no field
   * of its own (a cursor is made for every document).
   */
  private TapeParser tapes;
  private ProblemLog problems;
  /**
   * Set when a union has read an object's opening brace and first name to choose its member: the
   * parser is on that property's value, and the member's reader starts there ({@link #isOpened},
   * {@link #nextName}, {@link #takeOpenedName}).
   */
  private boolean opened;
  private String openedName;
  /**
   * The tokens recorded on tapes, and those read back from them by replay or look-ahead: what unions
   * add. Only tests read them; ints rather than longs, since every document makes a cursor.
   */
  private int tokensRecorded;
  private int tokensReplayed;

  Cursor(JsonParser parser, JsonPointer base) {
    this.parser = parser;
    this.document = parser;
    this.base = base;
  }

  /** The log of this cursor's document, which the static value readers report to. */
  ProblemLog problems() {
    return problems;
  }

  /** Where failures to read on are reported; set once, by the log itself. */
  void reportTo(ProblemLog problems) {
    this.problems = problems;
  }

  // ---------------------------------------------------------------- tokens

  JsonToken token() {
    return parser.currentToken();
  }

  JsonToken next() {
    try {
      return parser.nextToken();
    } catch (IOException e) {
      throw problems.abort(e);
    }
  }

  /** Moves to the next property of the current object: its name, with the parser on its value; null at the end. */
  String nextName() {
    if (opened) {
      return takeOpenedName();
    }
    try {
      String name = parser.nextFieldName();
      if (name != null) {
        parser.nextToken();
      }
      return name;
    } catch (IOException e) {
      throw problems.abort(e);
    }
  }

  /**
   * Moves to the next property of the current object, asking the parser first for the name at
   * position {@code expected} of {@code order}, which it matches in its input without looking the
   * name up; answers with the name's position in {@code order}: {@link PropertyOrder#END} when the
   * object has ended, the number of names in the order for a name not in it ({@link #propertyName}
   * tells it).
   */
  int nextIndex(PropertyOrder order, int expected) {
    if (opened) {
      String name = takeOpenedName();
      return name == null ? PropertyOrder.END : order.indexOf(name);
    }
    try {
      return order.nextPosition(parser, expected);
    } catch (IOException e) {
      throw problems.abort(e);
    }
  }

  /**
   * The name of the property whose value the parser is on, as {@link #nextIndex} left it: asked of
   * the parser rather than kept, since a cursor is made for every document.
   */
  String propertyName() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw problems.abort(e);
    }
  }

  String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw problems.abort(e);
    }
  }

  /** Skips the current value, and its children when it is an object or array. */
  void skipValue() {
    try {
      parser.skipChildren();
    } catch (IOException e) {
      throw problems.abort(e);
    }
  }

  /** Skips what is left of the current object; the parser is on its opening brace or inside it. */
  void skipRestOfObject() {
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      skipValue();
      return;
    }
    try {
      while (parser.nextFieldName() != null) {
        parser.nextToken();
        parser.skipChildren();
      }
    } catch (IOException e) {
      throw problems.abort(e);
    }
  }

  /** The current token in words, its text quoted when it is a scalar. */
  String describe() {
    JsonToken token = parser.currentToken();
    return Texts.describe(token, token != null && token.isScalarValue() ? text() : null);
  }

  /**
   * Reads the opening brace the parser is on and the object's first property name, which it
   * returns (null for an empty object), leaving the parser on that property's value (or on the
   * closing brace); the object counts as opened until its reader takes the name.
   */
  String openFirstName() {
    try {
      openedName = parser.nextFieldName();
      opened = true;
      if (openedName != null) {
        parser.nextToken();
      }
      return openedName;
    } catch (IOException e) {
      throw problems.abort(e);
    }
  }

  /** Whether the current object's opening brace and first name have been read ahead. */
  boolean isOpened() {
    return opened;
  }

  /** The first name read ahead, or null; see {@link #takeOpenedName}. */
  String openedName() {
    return openedName;
  }

  /** The first name read ahead, handed over once: the parser is on its value (or on the closing brace). */
  String takeOpenedName() {
    String name = openedName;
    opened = false;
    openedName = null;
    return name;
  }

  // ---------------------------------------------------------------- where

  /** The pointer of the current token in the real document. */
  JsonPointer pointer() {
    JsonPointer here = document.getParsingContext().pathAsPointer();
    if (!base.matches()) {
      here = base.append(here);
    }
    return parser == document ? here : here.append(tapes.getParsingContext().pathAsPointer());
  }

  /** The current token's place in the real document: for a replayed token, its object's. */
  JsonLocation location() {
    return parser.currentTokenLocation();
  }

  JsonLocation locationOf(JsonProcessingException failure) {
    return parser != document ? tapes.currentTokenLocation() : failure.getLocation();
  }

  // ---------------------------------------------------------------- replay

  /** The replayed tape, or null when the document is read directly. */
  TapeParser replay() {
    return parser == document ? null : tapes;
  }

  /** How many tapes are being replayed: 0 or 1. */
  int depth() {
    return parser == document ? 0 : 1;
  }

  /**
   * Records the object the document's parser is in (see {@link Tape#record}) and replays it from
   * its opening brace. Not while a tape is replayed: the one tape is reused, and an object inside
   * the replayed one is on it already.
   */
  void record(boolean openingRead) {
    if (parser != document) {
      throw new IllegalStateException("An object is recorded while a tape is replayed");
    }
    String firstName = opened ? takeOpenedName() : null;
    try {
      if (tapes == null) {
        tapes = new TapeParser();
      }
      tapes.record(document, openingRead, firstName);
      tokensRecorded += tapes.tape().size();
      parser = tapes;
    } catch (IOException e) {
      throw problems.abort(e);
    }
  }

  /** Returns to the document when the replay started since {@code depth} is over. */
  void endReplay(int depth) {
    if (depth == 0 && parser != document) {
      tokensReplayed += Math.min(tapes.position() + 1, tapes.tape().size());
      parser = document;
    }
  }

  /** Counts tokens a union read ahead on the tape without replaying them. */
  void lookedAhead(int tokens) {
    tokensReplayed += tokens;
  }

  long tokensRecorded() {
    return tokensRecorded;
  }

  long tokensReplayed() {
    return tokensReplayed;
  }
}
