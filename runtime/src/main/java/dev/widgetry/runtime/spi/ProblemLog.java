package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The problems one pass of a {@link WidgetReader} has found, each where the cursor stood, up to a cap. */
final class ProblemLog {
  private final Cursor cursor;
  private final int max;
  /** The shared empty list until the first problem: most passes find none, and each pass made one. */
  private List<ParseProblem> problems = List.of();

  ProblemLog(Cursor cursor, int max) {
    this.cursor = cursor;
    this.max = max;
    cursor.reportTo(this);
  }

  void add(String expected, String found, String hint) {
    addAt(cursor.pointer(), cursor.location(), expected, found, hint);
  }

  /** Records "expected X, found Y" for the current token and skips it. */
  void wrongToken(String expected) {
    add(expected, cursor.describe(), "");
    cursor.skipValue();
  }

  /** Records a problem; past the cap, the pass ends with what it found. */
  void addAt(JsonPointer pointer, JsonLocation at, String expected, String found, String hint) {
    record(problem(pointer.toString(), at, expected, found, hint));
    if (problems.size() >= max) {
      throw new WidgetParseException(problems);
    }
  }

  private void record(ParseProblem problem) {
    if (problems.isEmpty()) {
      problems = new ArrayList<>();
    }
    problems.add(problem);
  }

  int count() {
    return problems.size();
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new WidgetParseException(problems);
    }
  }

  /**
   * Ends the pass on input that cannot be read further: malformed JSON, an exceeded limit, or bytes
   * that are not text. Any other failure to read is the input stream's, not the input's.
   */
  WidgetParseException abort(IOException e) {
    if (e instanceof JsonProcessingException) {
      JsonProcessingException failure = (JsonProcessingException) e;
      record(problem(cursor.pointer().toString(), cursor.locationOf(failure), ParserFailures.EXPECTED,
          ParserFailures.found(failure), ParserFailures.hint(failure)));
    } else if (e instanceof CharConversionException) {
      record(problem(cursor.pointer().toString(), null, ParserFailures.EXPECTED,
          ParserFailures.found(e), ""));
    } else {
      throw new UncheckedIOException(e);
    }
    return new WidgetParseException(problems);
  }

  WidgetParseException abort(String expected, String found) {
    add(expected, found, "");
    return new WidgetParseException(problems);
  }

  /** A problem located at {@code at}: a line or column Jackson does not know (0 or less) is -1. */
  static ParseProblem problem(String pointer, JsonLocation at, String expected, String found, String hint) {
    int line = at == null || at.getLineNr() < 1 ? -1 : at.getLineNr();
    int column = at == null || at.getColumnNr() < 1 ? -1 : at.getColumnNr();
    return new ParseProblem(pointer, expected, found, line, column, hint);
  }
}
