package dev.widgetry.processor.write;

import java.util.List;

/** Small English helpers for the expectations generated code reports. */
final class Articles {
  private Articles() {}

  /** "an Edges object", "a Line object". */
  static String withArticle(String noun) {
    return ("AEIOUaeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /** "a number, a string or an Edges object". */
  static String either(List<String> choices) {
    if (choices.size() <= 1) {
      return String.join("", choices);
    }
    return String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + choices.get(choices.size() - 1);
  }
}
