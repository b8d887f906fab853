package dev.widgetry.runtime.internal;

import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ParseProblem;
import java.util.List;

/** Why a request cannot reach its handler, carried from where it is found to where it is answered. */
public final class ActionFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ActionError error;
  private final transient List<ParseProblem> problems;

  public ActionFailure(ActionError error, String message, List<ParseProblem> problems) {
    super(message, null, false, false);
    this.error = error;
    this.problems = List.copyOf(problems);
  }

  public ActionFailure(ActionError error, String message) {
    this(error, message, List.of());
  }

  public ActionError error() {
    return error;
  }

  public List<ParseProblem> problems() {
    return problems;
  }
}
