package dev.widgetry.a2ui;

import java.util.Objects;

/**
 * Something wrong with a list of messages that their schema does not catch.
 *
 * @param pointer the JSON Pointer of what is wrong, into the messages written as a JSON array
 *     ({@code /3/updateComponents/components/5/children/1})
 * @param message what is wrong and what to do, in words a person or a model can act on
 * @param rule the rule it breaks, for code that reacts to some and not others
 */
public record A2uiProblem(String pointer, String message, A2uiRule rule) {

  public A2uiProblem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(rule, "rule");
  }

  @Override
  public String toString() {
    return "At " + (pointer.isEmpty() ? "the root" : pointer) + ": " + message;
  }
}
