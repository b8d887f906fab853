package dev.widgetry.runtime.spi;

import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.internal.Resources;
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
   * The name of the tool that stands for the action of {@code type}, {@code cart_add} for {@code
   * cart.add}: the name its {@link #toolDefinition} has, as the processor worked it out.
   */
  String toolName(String type);

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

  /**
   * The property of a tool call's arguments that holds the payload of an action of {@code type},
   * for a payload the tool wraps (any but a record written as an object); null when the arguments
   * are the payload itself, or the action takes none.
   */
  default String toolArgument(String type) {
    return null;
  }

  /**
   * The function-calling tool that stands for the action: its parameters are the payload's strict
   * schema (a payload that is not a record is wrapped in an object, under the parameter's name).
   * The processor writes it beside the handler, named after the method.
   */
  default String toolDefinition(String type) {
    return Resources.read(handlerType(), actions().get(type) + ".tool.json");
  }
}
