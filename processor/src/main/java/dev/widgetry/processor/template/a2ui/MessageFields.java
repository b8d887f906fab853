package dev.widgetry.processor.template.a2ui;

import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.template.check.Suggestions;
import dev.widgetry.processor.template.file.JsonValue;
import dev.widgetry.processor.template.file.JsonValue.JBoolean;
import dev.widgetry.processor.template.file.JsonValue.JObject;
import dev.widgetry.processor.template.file.JsonValue.JString;
import dev.widgetry.processor.template.file.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the fields of the createSurface and updateComponents messages the generated class embeds,
 * as v0.9's {@code server_to_client.json} and the basic catalog's {@code $defs/theme} allow them:
 * what they refuse would fail when the class loads and parses its messages, so it is refused here.
 */
final class MessageFields {
  private static final List<String> CREATE_SURFACE = List.of("surfaceId", "catalogId", "theme", "sendDataModel");
  private static final List<String> UPDATE_COMPONENTS = List.of("surfaceId", "components");
  /** The theme's pattern for {@code primaryColor}. */
  private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

  private final List<Problem> problems;

  MessageFields(List<Problem> problems) {
    this.problems = problems;
  }

  /** Whether {@code body} is a createSurface the runtime reads (reported when it is not). */
  boolean createSurface(JObject body, String at) {
    int before = problems.size();
    known(body, at, "createSurface", CREATE_SURFACE);
    JsonValue catalogId = body.get("catalogId");
    if (catalogId == null) {
      error(body, at, "createSurface has no catalogId; name the catalog its components come from, \""
          + A2uiFileReader.BASIC_CATALOG + "\"");
    } else if (!(catalogId instanceof JString)) {
      error(catalogId, Pointers.child(at, "catalogId"), "catalogId is a string, and the file gives "
          + ComponentChecker.gives(catalogId));
    }
    JsonValue send = body.get("sendDataModel");
    if (send != null && !(send instanceof JBoolean)) {
      error(send, Pointers.child(at, "sendDataModel"), "sendDataModel is true or false, and the file gives "
          + ComponentChecker.gives(send));
    }
    JsonValue theme = body.get("theme");
    if (theme != null) {
      theme(theme, Pointers.child(at, "theme"));
    }
    return problems.size() == before;
  }

  /** Whether {@code body} has only the keys of an updateComponents (reported when it does not). */
  boolean updateComponents(JObject body, String at) {
    int before = problems.size();
    known(body, at, "updateComponents", UPDATE_COMPONENTS);
    return problems.size() == before;
  }

  /** The basic catalog's theme: three named string properties, and any other key. */
  private void theme(JsonValue value, String at) {
    if (!(value instanceof JObject theme)) {
      error(value, at, "theme is an object such as {\"primaryColor\": \"#00BFFF\"}, and the file gives "
          + ComponentChecker.gives(value));
      return;
    }
    String color = string(theme, at, "primaryColor", "a color written #rrggbb, such as \"#00BFFF\"");
    if (color != null && !COLOR.matcher(color).matches()) {
      error(theme.get("primaryColor"), Pointers.child(at, "primaryColor"),
          "primaryColor is a color written #rrggbb, such as \"#00BFFF\", and \"" + color + "\" is not");
    }
    String icon = string(theme, at, "iconUrl", "an absolute URI, such as \"https://example.com/icon.png\"");
    if (icon != null && !absolute(icon)) {
      error(theme.get("iconUrl"), Pointers.child(at, "iconUrl"),
          "iconUrl is an absolute URI, such as \"https://example.com/icon.png\", and \"" + icon + "\" is not");
    }
    string(theme, at, "agentDisplayName", "a string");
  }

  /** The string at {@code key}, or null when there is none or it is not a string (reported). */
  private String string(JObject object, String at, String key, String what) {
    JsonValue value = object.get(key);
    if (value instanceof JString text) {
      return text.value();
    }
    if (value != null) {
      error(value, Pointers.child(at, key), key + " is " + what + ", and the file gives "
          + ComponentChecker.gives(value));
    }
    return null;
  }

  private void known(JObject body, String at, String kind, List<String> keys) {
    for (Map.Entry<String, JsonValue.Member> member : body.members().entrySet()) {
      if (!keys.contains(member.getKey())) {
        problems.add(Problem.error(Message.A2UI_TEMPLATE_MESSAGE, member.getValue().keyOffset(),
            Pointers.child(at, member.getKey()), kind + " has no field \"" + member.getKey() + "\""
                + Suggestions.didYouMean(member.getKey(), keys) + "; its fields are " + String.join(", ", keys)));
      }
    }
  }

  private void error(JsonValue value, String at, String text) {
    problems.add(Problem.error(Message.A2UI_TEMPLATE_MESSAGE, value.offset(), at, text));
  }

  private static boolean absolute(String text) {
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
