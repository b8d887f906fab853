package dev.widgetry.runtime.spi;

/**
 * One wire protocol's action requests and answers: ChatKit's, A2UI's. A protocol module lists its
 * implementation in {@code META-INF/services/dev.widgetry.runtime.spi.ActionProtocol}; the
 * {@link dev.widgetry.runtime.ActionDispatcher} loads every one on its class path and hands each
 * request to the protocol that recognises it, so one dispatch table serves them all.
 */
public interface ActionProtocol {

  /** The protocol's name, for messages: {@code "ChatKit"}. */
  String name();

  /**
   * What its requests look like, for the answer to a body no protocol recognises: {@code
   * "{\"action\": {\"type\", \"payload\"}}"}.
   */
  String requestShapes();

  /**
   * Whether a request body with property {@code name} at its top level is this protocol's. When the
   * property's value is an object, the dispatcher asks with each {@code innerName} in it until one
   * is recognised, and then with {@code null}; otherwise it asks with {@code null}. It asks about
   * each top-level property in turn until a protocol recognises one, so answer true only for names
   * that tell this protocol's requests from others' ({@code "action"} holding {@code "type"} is
   * ChatKit's, holding {@code "name"} is A2UI's).
   */
  boolean recognizes(String name, String innerName);

  /**
   * Reads a body this protocol recognised, in one pass, into the call it asks for.
   *
   * @throws ActionFailure when the request cannot reach a handler: it is malformed, names no known
   *     action, or carries an invalid payload
   */
  ActionCall read(byte[] body, ActionRoutes routes);

  /**
   * The call for a model's tool call of {@code route}'s action, whose arguments were read into
   * {@code payload}: answered as this protocol answers its plainest action request. Null, the
   * default, when this protocol does not answer tool calls.
   */
  default ActionCall toolCall(ActionRoute route, Object payload) {
    return null;
  }

  /**
   * Like {@link #toolCall}, asked only when no protocol's {@link #toolCall} answered: for a protocol
   * whose answer fits only some handlers (A2UI's server messages, where ChatKit's takes any
   * widget), so it answers tool calls when it is the only one on the class path that does. Null,
   * the default, when this protocol does not.
   */
  default ActionCall fallbackToolCall(ActionRoute route, Object payload) {
    return null;
  }
}
