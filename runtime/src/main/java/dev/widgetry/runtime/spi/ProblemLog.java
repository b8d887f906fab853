package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The problems one pass of a {@link WidgetReader} has found, each where the cursor stood, up to a cap. */
final class ProblemLog {
  private final Cursor cursor;
  private final int max;
  private final List<ParseProblem> problems = new ArrayList<>(0);

  ProblemLog(Cursor cursor, int max) {
    this.cursor = cursor;
    this.max = max;
  }

  void add(String expected, String found, String hint) {
    addAt(cursor.pointer(), cursor.location(), expected, found, hint);
  }

  /** Records a problem; past the cap, the pass ends with what it found. */
  void addAt(JsonPointer pointer, JsonLocation at, String expected, String found, String hint) {
    int line = at == null ? -1 : at.getLineNr();
    int column = at == null ? -1 : at.getColumnNr();
    problems.add(new ParseProblem(pointer.toString(), expected, found, line, column, hint));
    if (problems.size() >= max) {
      throw new WidgetParseException(problems);
    }
  }

  int count() {
    return problems.size();
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new WidgetParseException(problems);
    }
  }

  /** Ends the pass on input that cannot be read further: malformed JSON or an exceeded limit. */
  WidgetParseException abort(IOException e) {
    if (!(e instanceof JsonProcessingException)) {
      throw new UncheckedIOException(e);
    }
    JsonProcessingException failure = (JsonProcessingException) e;
    JsonLocation at = cursor.locationOf(failure);
    problems.add(new ParseProblem(
        cursor.pointer().toString(),
        "well-formed JSON within the parser's limits",
        Texts.parserFailure(failure.getOriginalMessage()),
        at == null ? -1 : at.getLineNr(),
        at == null ? -1 : at.getColumnNr(),
        ""));
    return new WidgetParseException(problems);
  }

  WidgetParseException abort(String expected, String found) {
    add(expected, found, "");
    return new WidgetParseException(problems);
  }
}
