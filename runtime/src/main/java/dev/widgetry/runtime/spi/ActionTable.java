package dev.widgetry.runtime.spi;

import dev.widgetry.runtime.ActionContext;
import java.util.Map;

/**
 * The dispatch table the processor writes for one class with {@code @OnAction} methods: it reads
 * each action's payload with the payload type's generated parser and calls the method directly.
 * Found through the generated {@link WidgetRegistry}, never by reflection.
 */
public interface ActionTable {

  /** The class that declares the handler methods. */
  Class<?> handlerType();

  /** Each action type this table handles, with the method it calls, e.g. {@code CartHandlers.addItem}. */
  Map<String, String> actions();

  /** Whether the method for {@code type} is an instance method, so that a handler object is needed. */
  boolean needsInstance(String type);

  /** Whether the method for {@code type} takes a payload. */
  boolean takesPayload(String type);

  /**
   * Reads the payload of an action of {@code type} that starts at the reader's current token.
   * Returns null with problems recorded on the reader when it is not valid.
   */
  Object readPayload(String type, WidgetReader in);

  /**
   * Calls the method for {@code type}. Returns what it returned ({@code null} for {@code void}),
   * possibly a {@code CompletionStage}.
   *
   * @param handler the handler object, or null for a static method
   * @param payload what {@link #readPayload} returned, or null when the method takes none
   */
  Object call(Object handler, String type, Object payload, ActionContext context) throws Exception;
}
