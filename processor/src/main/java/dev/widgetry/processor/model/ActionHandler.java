package dev.widgetry.processor.model;

import java.util.List;

/** A class with {@code @OnAction} methods, and those methods. */
public record ActionHandler(JavaName handler, List<ActionMethod> actions) {

  public ActionHandler {
    actions = List.copyOf(actions);
  }
}
