package dev.widgetry.runtime;

import java.util.List;

/**
 * Thrown when JSON input does not describe a valid value of the requested type. It lists every
 * problem the parser could find in one pass (up to {@link ParseOptions#maxProblems()}), each with
 * its JSON Pointer; the message is written to be read by a person or sent back to a model.
 */
public final class WidgetParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ParseProblem> problems;

  public WidgetParseException(List<ParseProblem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a parse exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * An exception whose message starts with {@code lead}, a sentence about the input as a whole
   * ("The A2UI JSON has 3 problems. Fix them and send it again."), then gives each problem on a
   * line of its own.
   */
  public WidgetParseException(String lead, List<ParseProblem> problems) {
    super(lead + lines(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a parse exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The JSON Pointer of the first problem, e.g. {@code /children/3/value}. */
  public String pointer() {
    return problems.get(0).pointer();
  }

  /** Every problem found, in document order. */
  public List<ParseProblem> problems() {
    return problems;
  }

  private static String lines(List<ParseProblem> problems) {
    StringBuilder text = new StringBuilder();
    for (ParseProblem problem : problems) {
      text.append('\n').append(problem.message());
    }
    return text.toString();
  }

  private static String describe(List<ParseProblem> problems) {
    if (problems.size() == 1) {
      return problems.get(0).message();
    }
    StringBuilder text = new StringBuilder();
    text.append(problems.size()).append(" problems in the JSON input:");
    for (ParseProblem problem : problems) {
      text.append("\n- ").append(problem.message());
    }
    return text.toString();
  }
}
