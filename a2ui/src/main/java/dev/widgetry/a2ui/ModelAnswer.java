package dev.widgetry.a2ui;

import java.util.List;

/**
 * A model's answer after {@link A2uiForModels#read}: its messages when it reads and validates, or
 * every problem it has, reading and validation together, as one message to send back.
 */
public final class ModelAnswer {
  private final List<ServerMessage> messages;
  private final List<String> problems;

  ModelAnswer(List<ServerMessage> messages, List<String> problems) {
    this.messages = List.copyOf(messages);
    this.problems = List.copyOf(problems);
  }

  /** Whether the answer read and validated: its messages can be sent as they are. */
  public boolean valid() {
    return problems.isEmpty();
  }

  /** The messages, in order; empty when the answer is not {@link #valid()}. */
  public List<ServerMessage> messages() {
    return messages;
  }

  /**
   * Each problem in a sentence that starts with where it is in the answer: its JSON Pointer into the
   * JSON that holds it, then, when the model wrote that JSON in a block of its text, the block ("At
   * /0/updateComponents/components/1 in the 2nd ```json block: ..."); empty when valid.
   */
  public List<String> problems() {
    return problems;
  }

  /**
   * The text to send the model for another try: how many problems, what to do, then each problem
   * on a line of its own; {@code ""} when the answer is valid.
   */
  public String retryMessage() {
    if (problems.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    text.append("Your A2UI answer has ").append(problems.size())
        .append(problems.size() == 1 ? " problem. Fix it" : " problems. Fix them")
        .append(" and send all the messages again.");
    for (String problem : problems) {
      text.append("\n- ").append(problem);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return valid() ? "ModelAnswer(" + messages.size() + " messages)" : retryMessage();
  }
}
