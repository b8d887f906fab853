package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonParser;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ParseOptions;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every action type a dispatcher handles, with where each goes, and the options its payloads are
 * parsed with: what a protocol's request reader needs from the dispatcher.
 */
public final class ActionRoutes {
  private final Map<String, ActionRoute> routes;
  private final List<String> types;
  /** The types again, to find one in the parser's buffer without making a {@code String} of it. */
  private final NameTable typeNames;
  private final ParseOptions options;

  public ActionRoutes(Map<String, ActionRoute> routes, ParseOptions options) {
    this.routes = Map.copyOf(routes);
    this.types = routes.keySet().stream().sorted().collect(Collectors.toUnmodifiableList());
    this.typeNames = NameTable.of(types.toArray(new String[0]));
    this.options = options;
  }

  /** The options payloads are parsed with; their parser factory carries the limits on input. */
  public ParseOptions options() {
    return options;
  }

  /**
   * The action type the parser is on, a string value: one of these routes' own type
   * instances when it names one, matched in the parser's buffer so that no {@code String} is made
   * and {@link #find} hashes nothing new; the text as read otherwise.
   */
  public String readType(JsonParser parser) throws IOException {
    if (parser.hasTextCharacters()) {
      int index = typeNames.indexOf(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
      if (index >= 0) {
        return typeNames.name(index);
      }
    }
    return parser.getText();
  }

  /** The route of {@code type}, or null when no handler declares it. */
  public ActionRoute find(String type) {
    return routes.get(type);
  }

  /**
   * The route of {@code type}.
   *
   * @throws ActionFailure {@code unknown_action}, naming the closest known type and all of them
   */
  public ActionRoute route(String type) {
    ActionRoute route = routes.get(type);
    if (route == null) {
      String hint = Texts.didYouMean(type, types);
      throw new ActionFailure(ActionError.UNKNOWN_ACTION, "No handler for action type \"" + Texts.truncate(type)
          + "\"." + (hint.isEmpty() ? "" : " " + hint) + " Known types: " + String.join(", ", types) + ".");
    }
    return route;
  }

  /** Every route, by action type. */
  public Map<String, ActionRoute> all() {
    return routes;
  }
}
