package dev.widgetry.runtime.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.spi.ActionCall;
import dev.widgetry.runtime.spi.ActionFailure;
import dev.widgetry.runtime.spi.ActionRoute;
import dev.widgetry.runtime.spi.ActionRoutes;
import dev.widgetry.runtime.spi.PayloadSlot;
import dev.widgetry.runtime.spi.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's calls of the tools an {@code ActionDispatcher} offers ({@code toolDefinitions()}), read
 * into the calls of their actions: the tool's name finds the action, and its arguments, written
 * under the strict schema, are read with the dispatcher's options and maps' entry lists on. The
 * arguments are the payload when it is a record written as an object, and otherwise hold it under
 * the parameter's name ({@link dev.widgetry.runtime.spi.ActionTable#toolArgument}).
 */
public final class ToolCalls {
  private final ActionRoutes routes;
  private final Map<String, ActionRoute> byName;

  private ToolCalls(ActionRoutes routes, Map<String, ActionRoute> byName) {
    this.routes = routes;
    this.byName = byName;
  }

  /** The tools of these routes, whose arguments are read with {@code options} and entry lists. */
  public static ToolCalls of(Map<String, ActionRoute> routes, ParseOptions options) {
    Map<String, ActionRoute> byName = new LinkedHashMap<>();
    // ActionDispatcher.of refused two actions of one tool name, so each name is here once.
    routes.values().stream().sorted(Comparator.comparing(ActionRoute::type))
        .forEach(route -> byName.put(route.table().toolName(route.type()), route));
    return new ToolCalls(new ActionRoutes(routes, options.withMapEntryLists(true)), byName);
  }

  /**
   * The call of the tool named {@code name} with these arguments, answered by {@code protocols}.
   *
   * @throws ActionFailure {@code unknown_action} for a tool no action stands for, {@code
   *     malformed_request} for arguments that are not one JSON value, {@code invalid_payload} with every
   *     problem of arguments that do not fit the action's payload
   */
  public ActionCall read(String name, byte[] arguments, ActionProtocols protocols) {
    ActionRoute route = byName.get(name);
    if (route == null) {
      List<String> names = List.copyOf(byName.keySet());
      String hint = Texts.didYouMean(name, names);
      throw new ActionFailure(ActionError.UNKNOWN_ACTION, "No action for tool \"" + Texts.truncate(name) + "\"."
          + (hint.isEmpty() ? "" : " " + hint) + " Known tools: " + String.join(", ", names) + ".");
    }
    String argument = route.table().toolArgument(route.type());
    PayloadSlot payload = new PayloadSlot(routes);
    try (JsonParser parser = ActionFailure.openBody(arguments, routes.options())) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new ActionFailure(ActionError.MALFORMED_REQUEST, "The arguments of tool \"" + name + "\" are empty.");
      }
      if (argument == null) {
        payload.read(parser, route.type());
      } else if (first == JsonToken.START_OBJECT) {
        for (String property = parser.nextFieldName(); property != null; property = parser.nextFieldName()) {
          parser.nextToken();
          if (property.equals(argument)) {
            payload.read(parser, route.type());
          } else {
            // The tool's parameters are a closed object; a strict model writes no other property.
            parser.skipChildren();
          }
        }
      } else {
        String found = Texts.truncate(parser.getText());
        throw new ActionFailure(ActionError.INVALID_PAYLOAD, "The arguments of tool \"" + name
            + "\" are not an object.", List.of(new ParseProblem("", "an object", found,
                parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr(), "")));
      }
      if (parser.nextToken() != null) {
        throw new ActionFailure(ActionError.MALFORMED_REQUEST, "The arguments of tool \"" + name
            + "\" go on after their JSON value: " + Texts.truncate(parser.getText()) + ".");
      }
    } catch (JsonProcessingException e) {
      throw ActionFailure.notJson(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return protocols.toolCall(route, payload.finish(route, argument == null ? "" : "/" + argument));
  }
}
