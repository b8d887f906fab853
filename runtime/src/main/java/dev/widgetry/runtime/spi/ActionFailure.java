package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.io.IOException;
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
    ParseProblem problem = new ParseProblem("", "a JSON request body", ParserFailures.found(e),
        at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(), ParserFailures.hint(e));
    return new ActionFailure(ActionError.MALFORMED_REQUEST, "The body is not JSON: " + problem.message(),
        List.of(problem));
  }

  /**
   * Opens a request body for reading by the rule documents follow ({@code WidgetCodec.fromJson}):
   * UTF-8, one byte order mark skipped, UTF-16 and UTF-32 refused as not UTF-8.
   *
   * @throws ActionFailure {@code malformed_request} for a body in another encoding
   */
  public static JsonParser openBody(byte[] body, ParseOptions options) throws IOException {
    try {
      return Documents.open(body, options);
    } catch (WidgetParseException e) {
      throw new ActionFailure(ActionError.MALFORMED_REQUEST, "The body is not JSON in UTF-8: "
          + e.problems().get(0).message(), e.problems());
    }
  }

  public ActionError error() {
    return error;
  }

  public List<ParseProblem> problems() {
    return problems;
  }
}
