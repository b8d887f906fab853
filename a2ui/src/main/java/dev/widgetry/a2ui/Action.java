package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.widgetry.annotations.Widget;

/**
 * What a Button does: send an event to the server ({@code {"event": {"name", "context"}}}) or run
 * a function on the client ({@code {"functionCall": {...}}}), never both.
 */
@Widget
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
public sealed interface Action permits EventAction, FunctionCallAction {

  /** An event named {@code name}, with no context yet: add it with {@link EventAction#with}. */
  static EventAction event(String name) {
    return new EventAction(new Event(name, null));
  }

  /** A call run on the client, such as {@code Functions.openUrl("https://...")}. */
  static FunctionCallAction call(FunctionCall call) {
    return new FunctionCallAction(call);
  }
}
