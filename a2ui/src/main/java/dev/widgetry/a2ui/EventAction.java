package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An action that sends an event to the server, where a handler reads its context.
 *
 * @param event the event
 */
@Widget
public record EventAction(@JsonProperty(required = true) Event event) implements Action {

  public EventAction {
    Objects.requireNonNull(event, "event");
  }

  /** This action with {@code value} in its context under {@code key}, in order after the others. */
  public EventAction with(String key, DynamicValue value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Map<String, DynamicValue> context =
        event.context() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(event.context());
    context.put(key, value);
    return new EventAction(new Event(event.name(), event.userMessage(), context));
  }

  /**
   * This action with a message describing what the user did, which an A2UI v1.0 renderer shows in
   * the conversation; v0.9 has none, and its writer refuses it.
   */
  public EventAction withUserMessage(DynamicString message) {
    return new EventAction(new Event(event.name(), message, event.context()));
  }

  /** This action with the value at {@code path} in its context: the renderer resolves it before sending. */
  public EventAction with(String key, DataPath path) {
    return with(key, (DynamicValue) path.asValue());
  }

  /** This action with the value at {@code path} in its context: a {@link ValuePath} is both of the above. */
  public EventAction with(String key, ValuePath path) {
    return with(key, (DynamicValue) path);
  }

  /** This action with the literal {@code text} in its context. */
  public EventAction with(String key, String text) {
    return with(key, new StringLiteral(text));
  }

  /** This action with the literal {@code number} in its context. */
  public EventAction with(String key, double number) {
    return with(key, new NumberLiteral(number));
  }

  /** This action with the literal {@code value} in its context. */
  public EventAction with(String key, boolean value) {
    return with(key, new BooleanLiteral(value));
  }
}
