package dev.widgetry.a2ui;

import dev.widgetry.runtime.ParseProblem;

/**
 * Hints for the mistakes A2UI's own prose invites a model to make (its examples show them): a
 * Button's label as {@code text}, a check as a call with a message, children written inline. Each
 * says what to write instead.
 */
final class Hints {
  private Hints() {}

  /** The problem with a hint of its own, when it is one of those mistakes and has none. */
  static ParseProblem add(ParseProblem problem) {
    if (!problem.hint().isEmpty()) {
      return problem;
    }
    String hint = hint(problem);
    return hint == null ? problem : new ParseProblem(problem.pointer(), problem.expected(), problem.found(),
        problem.line(), problem.column(), hint);
  }

  private static String hint(ParseProblem problem) {
    String expected = problem.expected();
    if (expected.startsWith("one of the properties of Button (") && problem.found().equals("\"text\"")) {
      return "A Button's label is a component of its own: {\"id\": \"pay-label\", \"component\": \"Text\", \"text\":"
          + " \"Pay\"}, named by the Button's \"child\": \"pay-label\".";
    }
    if (expected.startsWith("one of the properties of CheckRule (") && problem.found().equals("\"call\"")) {
      return "A check is {\"condition\": <a boolean, such as {\"call\": \"required\", \"args\": {...}}>, \"message\":"
          + " \"...\"}.";
    }
    if (problem.pointer().matches(".*/children/\\d+") && expected.equals("a string")
        && problem.found().startsWith("an object")) {
      return "Children are the ids of components sent in the list as components of their own, not components"
          + " written inline.";
    }
    return null;
  }
}
