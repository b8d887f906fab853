package dev.widgetry.schema.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A function-calling tool definition, {@code {type: "function", name, description, parameters,
 * strict}}, whose parameters are a strict schema, so a model's arguments parse into the type.
 */
public final class ToolDefinition {
  private static final int MAX_NAME = 64;

  private ToolDefinition() {}

  public static Map<String, Object> of(String name, String description, Map<String, Object> strictSchema) {
    Map<String, Object> tool = new LinkedHashMap<>();
    tool.put("type", "function");
    tool.put("name", name);
    if (!description.isEmpty()) {
      tool.put("description", description);
    }
    Map<String, Object> parameters = new LinkedHashMap<>(strictSchema);
    parameters.remove("description");
    tool.put("parameters", parameters);
    tool.put("strict", true);
    return tool;
  }

  /** {@code weather_data} for {@code WeatherData}: tool names are letters, digits, _ and -. */
  public static String nameOfType(String simpleName) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < simpleName.length(); i++) {
      char c = simpleName.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(simpleName.charAt(i - 1))) {
        name.append('_');
      }
      name.append(Character.toLowerCase(c));
    }
    return clean(name.toString());
  }

  /** {@code cart_add} for the action type {@code cart.add}. */
  public static String nameOfAction(String actionType) {
    return clean(actionType.toLowerCase(Locale.ROOT));
  }

  private static String clean(String name) {
    String cleaned = name.replaceAll("[^A-Za-z0-9_-]", "_");
    return cleaned.length() <= MAX_NAME ? cleaned : cleaned.substring(0, MAX_NAME);
  }
}
