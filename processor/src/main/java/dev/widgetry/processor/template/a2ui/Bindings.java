package dev.widgetry.processor.template.a2ui;

import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.template.a2ui.DataModel.Kind;
import dev.widgetry.processor.template.a2ui.DataModel.Place;
import dev.widgetry.processor.template.a2ui.DataModel.Resolved;
import dev.widgetry.processor.template.check.Suggestions;
import dev.widgetry.processor.template.file.JsonValue;
import dev.widgetry.processor.template.file.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a {@code {"path"}} binding against the bound record: the pointer reaches a field (relative
 * pointers from the template item in scope), and the value there has a kind the prop can take. A
 * string prop takes numbers and booleans too, since the renderer writes them as text.
 */
final class Bindings {
  /** What each binding type of the catalog takes, by the binding record's name. */
  static final Map<String, Set<Kind>> TAKES = Map.of(
      "dev.widgetry.a2ui.StringPath", Set.of(Kind.STRING, Kind.NUMBER, Kind.BOOLEAN, Kind.ANY),
      "dev.widgetry.a2ui.NumberPath", Set.of(Kind.NUMBER, Kind.ANY),
      "dev.widgetry.a2ui.BooleanPath", Set.of(Kind.BOOLEAN, Kind.ANY),
      "dev.widgetry.a2ui.StringListPath", Set.of(Kind.LIST, Kind.ANY),
      "dev.widgetry.a2ui.ValuePath", Set.of(Kind.values()));
  private static final Map<String, String> WORDS = Map.of(
      "dev.widgetry.a2ui.StringPath", "a string (or a number or boolean, written as text)",
      "dev.widgetry.a2ui.NumberPath", "a number",
      "dev.widgetry.a2ui.BooleanPath", "a boolean",
      "dev.widgetry.a2ui.StringListPath", "a list of strings");

  private final DataModel data;
  private final Place root;
  private final List<Problem> problems;

  Bindings(DataModel data, Place root, List<Problem> problems) {
    this.data = data;
    this.root = root;
    this.problems = problems;
  }

  /** The place a binding of type {@code binding} reaches; null when it reaches none or the wrong kind (reported). */
  Place check(String binding, JsonValue.JString path, String pointer, Place scope, String what) {
    Place place = place(path, pointer, scope);
    if (place == null) {
      return null;
    }
    Kind kind = data.kind(place);
    boolean fits = TAKES.get(binding).contains(kind) && (!binding.endsWith("StringListPath")
        || kind == Kind.ANY || data.kind(data.item(place)) == Kind.STRING || data.kind(data.item(place)) == Kind.ANY);
    if (!fits) {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_PATH_KIND, path.offset(), pointer, path.value(),
          place.describedAs(), kind.words(), what, WORDS.get(binding)));
      return null;
    }
    return place;
  }

  /** The place of a child list template's items; null when the path reaches none or no list (reported). */
  Place items(JsonValue.JString path, String pointer, Place scope, String what) {
    Place place = place(path, pointer, scope);
    if (place == null) {
      return null;
    }
    Place item = data.item(place);
    if (item == null) {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_PATH_KIND, path.offset(), pointer, path.value(),
          place.describedAs(), data.kind(place).words(), what, "a list to repeat its template over"));
    }
    return item;
  }

  private Place place(JsonValue.JString path, String pointer, Place scope) {
    String text = path.value();
    boolean absolute = text.startsWith("/");
    Resolved resolved = data.resolve(absolute ? root : scope, tokens(absolute ? text.substring(1) : text));
    if (resolved.found()) {
      return resolved.place();
    }
    String hint = resolved.known().isEmpty()
        ? ", which is " + data.kind(resolved.parent()).words()
        : Suggestions.didYouMean(resolved.missing(), resolved.known()) + "; it has " + fields(resolved.known());
    problems.add(Problem.error(Message.A2UI_TEMPLATE_UNKNOWN_PATH, path.offset(), pointer, text,
        resolved.parent().describedAs(), resolved.missing(), hint));
    return null;
  }

  private static String fields(List<String> known) {
    return known.stream().map(name -> "\"" + name + "\"").reduce((a, b) -> a + ", " + b).orElse("no fields");
  }

  /** The pointer's tokens, unescaped; none for the root ({@code ""} or {@code "/"}). */
  private static List<String> tokens(String path) {
    List<String> tokens = new ArrayList<>();
    if (path.isEmpty()) {
      return tokens;
    }
    for (String token : path.split("/", -1)) {
      tokens.add(token.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }
}
