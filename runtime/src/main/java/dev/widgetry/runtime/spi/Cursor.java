package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where a {@link WidgetReader} is: the parser it reads from, which is the document's own or, while
 * an object is replayed from a buffer, the buffer's; and the JSON Pointer and location to report
 * problems at in either case.
 */
final class Cursor {
  /** Read directly by {@link WidgetReader} on every token: no accessor between it and the hot path. */
  JsonParser parser;
  /** Where a replayed object sits in the real document; empty when reading the document itself. */
  private JsonPointer base;
  /** Where problems in the replayed object are located; null when reading the document itself. */
  private JsonLocation replayStart;
  /** The states to return to, innermost first; created by the first replay, as most reads need none. */
  private Deque<Replay> replays;

  Cursor(JsonParser parser, JsonPointer base) {
    this.parser = parser;
    this.base = base;
  }

  /** The pointer of the current token in the real document. */
  JsonPointer pointer() {
    JsonPointer relative = parser.getParsingContext().pathAsPointer();
    return base.matches() ? relative : base.append(relative);
  }

  /** The pointer of the replayed object, or null when nothing is replayed. */
  JsonPointer replayedObject() {
    return replayStart == null ? null : base;
  }

  /** The current token's place in the real document: the replayed object's, when replaying. */
  JsonLocation location() {
    return replayStart != null ? replayStart : parser.currentTokenLocation();
  }

  JsonLocation locationOf(JsonProcessingException failure) {
    return replayStart != null ? replayStart : failure.getLocation();
  }

  int depth() {
    return replays == null ? 0 : replays.size();
  }

  /** Reads {@code buffer}, the object at {@code objectPointer}, from its opening brace on. */
  void startReplay(TokenBuffer buffer, JsonPointer objectPointer, JsonLocation objectStart) throws IOException {
    if (replays == null) {
      replays = new ArrayDeque<>(2);
    }
    replays.push(new Replay(parser, base, replayStart));
    parser = buffer.asParser();
    parser.nextToken();
    base = objectPointer;
    replayStart = objectStart;
  }

  /** Returns to what was read before the replays started since {@code depth}. */
  void endReplay(int depth) {
    while (depth() > depth) {
      Replay replay = replays.pop();
      parser = replay.parser;
      base = replay.base;
      replayStart = replay.start;
    }
  }

  private static final class Replay {
    final JsonParser parser;
    final JsonPointer base;
    final JsonLocation start;

    Replay(JsonParser parser, JsonPointer base, JsonLocation start) {
      this.parser = parser;
      this.base = base;
      this.start = start;
    }
  }
}
