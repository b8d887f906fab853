package dev.widgetry.runtime.internal;

import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.spi.EncodedString;
import java.util.List;

/**
 * Writes the body of every error answer, whatever the protocol of the request:
 * {@code {"error": {"code", "message", "problems"?}}}, one problem per entry with its JSON Pointer.
 */
public final class ErrorAnswers {
  private static final EncodedString ERROR = EncodedString.of("error");
  private static final EncodedString CODE = EncodedString.of("code");
  private static final EncodedString MESSAGE = EncodedString.of("message");
  private static final EncodedString PROBLEMS = EncodedString.of("problems");
  private static final EncodedString POINTER = EncodedString.of("pointer");
  private static final EncodedString EXPECTED = EncodedString.of("expected");
  private static final EncodedString FOUND = EncodedString.of("found");
  private static final EncodedString LINE = EncodedString.of("line");
  private static final EncodedString COLUMN = EncodedString.of("column");
  private static final EncodedString HINT = EncodedString.of("hint");

  private ErrorAnswers() {}

  public static byte[] error(ActionError error, String message, List<ParseProblem> problems) {
    return Utf8Writers.toBytes(out -> writeError(out, error, message, problems));
  }

  private static void writeError(Utf8Writer out, ActionError error, String message, List<ParseProblem> problems) {
    out.beginObject();
    out.name(ERROR);
    out.beginObject();
    out.name(CODE);
    out.value(error.code());
    out.name(MESSAGE);
    out.value(message);
    if (!problems.isEmpty()) {
      out.name(PROBLEMS);
      out.beginArray();
      for (ParseProblem problem : problems) {
        problem(out, problem);
      }
      out.endArray();
    }
    out.endObject();
    out.endObject();
  }

  private static void problem(Utf8Writer out, ParseProblem problem) {
    out.beginObject();
    out.name(POINTER);
    out.value(problem.pointer());
    out.name(EXPECTED);
    out.value(problem.expected());
    out.name(FOUND);
    out.value(problem.found());
    if (problem.line() > 0) {
      out.name(LINE);
      out.value(problem.line());
      out.name(COLUMN);
      out.value(problem.column());
    }
    if (!problem.hint().isEmpty()) {
      out.name(HINT);
      out.value(problem.hint());
    }
    out.name(MESSAGE);
    out.value(problem.message());
    out.endObject();
  }
}
