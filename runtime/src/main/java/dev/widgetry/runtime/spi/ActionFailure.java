package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
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

  /** The failure of a body that is not JSON at all, located where the parser gave up. */
  public static ActionFailure notJson(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    ParseProblem problem = new ParseProblem("", "a JSON request body", Texts.parserFailure(e.getOriginalMessage()),
        at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(), "");
    return new ActionFailure(ActionError.MALFORMED_REQUEST, "The body is not JSON: " + problem.message(),
        List.of(problem));
  }

  public ActionError error() {
    return error;
  }

  public List<ParseProblem> problems() {
    return problems;
  }
}
