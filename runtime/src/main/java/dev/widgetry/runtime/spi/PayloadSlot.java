package dev.widgetry.runtime.spi;

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
    } else {
      parse(route, new WidgetReader(parser, routes.options()));
    }
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
        parse(route, new WidgetReader(replay, routes.options(), pointer));
      } else if (!seen) {
        JsonParser absent = routes.options().jsonFactory().createParser("null");
        absent.nextToken();
        parse(route, new WidgetReader(absent, routes.options(), pointer));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!problems.isEmpty()) {
      throw invalid(route.type(), problems);
    }
    return value;
  }

  private void parse(ActionRoute route, WidgetReader in) {
    try {
      value = route.table().readPayload(route.type(), in);
    } catch (WidgetParseException aborted) {
      throw invalid(route.type(), aborted.problems());
    }
    try {
      in.finish();
    } catch (WidgetParseException e) {
      problems = e.problems();
    }
  }

  private static ActionFailure invalid(String type, List<ParseProblem> problems) {
    return new ActionFailure(ActionError.INVALID_PAYLOAD,
        "The payload of action \"" + type + "\" is not valid: " + problems.get(0).message(), problems);
  }
}
