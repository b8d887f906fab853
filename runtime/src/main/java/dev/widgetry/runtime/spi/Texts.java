package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonToken;
import java.util.List;
import java.util.Locale;

/** The wording of problems with input: what was found, what was meant. */
public final class Texts {
  private static final int MAX_QUOTED = 40;

  private Texts() {}

  static String describe(JsonToken token, String text) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "the string \"" + truncate(text) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + truncate(text);
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return "\"" + token.asString() + "\"";
    }
  }

  /**
   * Keeps quoted input short, so hostile input cannot blow up messages. The cut falls between
   * characters, never between the two halves of a surrogate pair.
   */
  public static String truncate(String text) {
    if (text.length() <= MAX_QUOTED) {
      return text;
    }
    boolean splitsPair = Character.isHighSurrogate(text.charAt(MAX_QUOTED - 1))
        && Character.isLowSurrogate(text.charAt(MAX_QUOTED));
    int end = splitsPair ? MAX_QUOTED - 1 : MAX_QUOTED;
    return text.substring(0, end) + "... (" + text.length() + " characters)";
  }

  public static String quotedList(List<String> values) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        text.append(i == values.size() - 1 ? " or " : ", ");
      }
      text.append('"').append(values.get(i)).append('"');
    }
    return text.toString();
  }

  static String integerRange(long min, long max) {
    return "an integer from " + min + " to " + max;
  }

  public static String parserFailure(String jacksonMessage) {
    String firstLine = jacksonMessage == null ? "unreadable input" : jacksonMessage.split("\n", 2)[0];
    return "input the parser cannot read (" + truncate(firstLine.trim()) + ")";
  }

  /** "Did you mean "color"?" when a candidate is a small edit away from {@code found}, else "". */
  public static String didYouMean(String found, List<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = found.toLowerCase(Locale.ROOT);
    if (lower.length() > 64) {
      return "";
    }
    for (String candidate : candidates) {
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    int allowed = Math.max(2, found.length() / 3);
    return best != null && bestDistance <= allowed ? "Did you mean \"" + best + "\"?" : "";
  }

  /** Levenshtein distance; both strings are short (names), so the quadratic cost is bounded. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
