package dev.widgetry.processor.template.data;

import java.util.Locale;
import javax.lang.model.SourceVersion;

/** Java names made from file names, schema titles and JSON property names. */
public final class Names {
  private Names() {}

  /** {@code flight_options}, {@code flight-options} or {@code flight options} to {@code FlightOptions}. */
  public static String upperCamel(String text) {
    String lower = lowerCamel(text);
    return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /** {@code departure_time} to {@code departureTime}; a leading digit gets an underscore before it. */
  public static String lowerCamel(String text) {
    StringBuilder name = new StringBuilder();
    boolean upperNext = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        upperNext = name.length() > 0;
        continue;
      }
      if (name.length() == 0) {
        name.append(Character.isDigit(c) ? "_" + c : String.valueOf(Character.toLowerCase(c)));
      } else {
        name.append(upperNext ? Character.toUpperCase(c) : c);
      }
      upperNext = false;
    }
    return name.toString();
  }

  /** A component name for a JSON property: its lowerCamel form, with a trailing underscore for keywords. */
  public static String componentName(String jsonName) {
    String name = lowerCamel(jsonName);
    if (name.isEmpty()) {
      return "value";
    }
    return SourceVersion.isKeyword(name) || name.equals("record") ? name + "_" : name;
  }

  /** Whether {@code name} can name a Java type. */
  public static boolean isUsable(String name) {
    return !name.isEmpty() && SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
  }

  /** An English singular for a plural name, for the records of list items: {@code Flights} to {@code Flight}. */
  public static String singular(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ies") && name.length() > 3) {
      return name.substring(0, name.length() - 3) + "y";
    }
    if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
      return name.substring(0, name.length() - 2);
    }
    if (lower.endsWith("s") && !lower.endsWith("ss") && name.length() > 1) {
      return name.substring(0, name.length() - 1);
    }
    return name + "Item";
  }
}
