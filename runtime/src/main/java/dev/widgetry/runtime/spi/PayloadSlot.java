package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The payload of one action request, read in the request's single pass: parsed by the handler's
 * generated parser as soon as the action type is known, and kept as tokens only when it comes
 * before the type. Its problems wait until the rest of the request has been read, so that a
 * malformed request is reported as such rather than as a bad payload.
 */
public final class PayloadSlot {
  private static final System.Logger LOG = System.getLogger(PayloadSlot.class.getName());

  private final ActionRoutes routes;
  private boolean seen;
  private Object value;
  private TokenBuffer buffered;
  private List<ParseProblem> problems = List.of();

  public PayloadSlot(ActionRoutes routes) {
    this.routes = routes;
  }

  /**
   * Reads the payload the parser is on, for an action of {@code type} (null while the type is not
   * known yet).
   *
   * @throws ActionFailure {@code invalid_payload} when reading had to stop inside the payload (an
   *     exceeded limit, too many problems), since the rest of the request cannot be found then
   */
  public void read(JsonParser parser, String type) throws IOException {
    seen = true;
    if (type == null) {
      buffered = new TokenBuffer(null, false);
      buffered.copyCurrentStructure(parser);
      return;
    }
    ActionRoute route = routes.find(type);
    if (route == null || !route.table().takesPayload(type)) {
      parser.skipChildren();
      return;
    }
    // The handler's reader is called from here rather than through parse(), which the cold paths of
    // finish() use: one method fewer between the request reader and the generated parser, for C2 to
    // compile apart and then leave out of line (benchmarks/ANALYSIS.md).
    WidgetReader in = new WidgetReader(parser, routes.options());
    try {
      value = route.table().readPayload(type, in);
    } catch (WidgetParseException aborted) {
      throw invalid(type, aborted.problems());
    } catch (RuntimeException unforeseen) {
      throw unreadable(type, parser, "", unforeseen);
    }
    keepProblems(in);
  }

  /**
   * The payload for {@code route}, parsed now if it was kept or never sent (an absent payload is
   * read as {@code null}, which the handler's type may refuse); null when the handler takes none.
   *
   * @param pointer where the payload is, or would be, in the request: problems point there
   * @throws ActionFailure {@code invalid_payload} with every problem found in it
   */
  public Object finish(ActionRoute route, String pointer) {
    if (!route.table().takesPayload(route.type())) {
      return null;
    }
    try {
      if (buffered != null) {
        JsonParser replay = buffered.asParser();
        replay.nextToken();
        parse(route, replay, pointer, new WidgetReader(replay, routes.options(), pointer));
      } else if (!seen) {
        JsonParser absent = routes.options().jsonFactory().createParser("null");
        absent.nextToken();
        parse(route, absent, pointer, new WidgetReader(absent, routes.options(), pointer));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!problems.isEmpty()) {
      throw invalid(route.type(), problems);
    }
    return value;
  }

  /**
   * Parses the payload {@code parser} is on with the handler's reader.
   *
   * @param base the pointer of what {@code parser} reads, when it reads the payload apart from the
   *     request ({@code ""} when it reads the whole request)
   */
  private void parse(ActionRoute route, JsonParser parser, String base, WidgetReader in) {
    try {
      value = route.table().readPayload(route.type(), in);
    } catch (WidgetParseException aborted) {
      throw invalid(route.type(), aborted.problems());
    } catch (RuntimeException unforeseen) {
      throw unreadable(route.type(), parser, base, unforeseen);
    }
    keepProblems(in);
  }

  /** Keeps the problems the reader collected, for {@link #finish(ActionRoute, String)} to report. */
  private void keepProblems(WidgetReader in) {
    try {
      in.finish();
    } catch (WidgetParseException e) {
      problems = e.problems();
    }
  }

  /**
   * A reader that fails other than with its problems has met input it did not foresee (a number no
   * Java type holds, say): the client is told the value it sent is unreadable, and the server logs
   * the failure, which is Widgetry's to fix.
   */
  private static ActionFailure unreadable(String type, JsonParser parser, String base, RuntimeException e) {
    LOG.log(System.Logger.Level.WARNING, "Reading the payload of action \"" + type + "\" failed on a value its"
        + " reader should have refused with a problem; answered invalid_payload", e);
    JsonLocation at = parser.currentTokenLocation();
    String pointer = base + parser.getParsingContext().pathAsPointer(false);
    ParseProblem problem = new ParseProblem(pointer, "a value the payload's type can hold",
        Texts.parserFailure(e.getMessage()), at.getLineNr(), at.getColumnNr(), "");
    return invalid(type, List.of(problem));
  }

  private static ActionFailure invalid(String type, List<ParseProblem> problems) {
    return new ActionFailure(ActionError.INVALID_PAYLOAD,
        "The payload of action \"" + type + "\" is not valid: " + problems.get(0).message(), problems);
  }
}
