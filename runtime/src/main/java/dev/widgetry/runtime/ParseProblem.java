package dev.widgetry.runtime;

/**
 * One thing wrong with a JSON input: where it is, what was expected there and what was found.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the offending value; for a missing property, the
 *     pointer the property would have had; {@code ""} for the whole document
 * @param expected what a valid document has at that place, in words ("a string", "one of "sm",
 *     "md", "lg"")
 * @param found what the input has there, in words ("the number 42", "nothing")
 * @param line the 1-based line of the offending token, or -1 when unknown (a value below 1 is
 *     taken as unknown)
 * @param column the 1-based column of the offending token, or -1 when unknown (a value below 1 is
 *     taken as unknown)
 * @param hint an extra sentence that helps fix it ("Did you mean "color"?"), or {@code ""}
 */
public record ParseProblem(String pointer, String expected, String found, int line, int column, String hint) {

  public ParseProblem {
    line = line < 1 ? -1 : line;
    column = column < 1 ? -1 : column;
  }

  /** A sentence a person, or a model asked to retry, can act on. */
  public String message() {
    StringBuilder text = new StringBuilder();
    text.append(pointer.isEmpty() ? "At the document root" : "At " + pointer);
    if (line > 0) {
      text.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    text.append(": expected ").append(expected).append(", found ").append(found).append('.');
    if (!hint.isEmpty()) {
      text.append(' ').append(hint);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return message();
  }
}
