package dev.widgetry.a2ui.internal;

import dev.widgetry.runtime.spi.ActionCall;
import dev.widgetry.runtime.spi.ActionProtocol;
import dev.widgetry.runtime.spi.ActionRoute;
import dev.widgetry.runtime.spi.ActionRoutes;

/**
 * A2UI's client messages, for {@link dev.widgetry.runtime.ActionDispatcher}: a renderer's
 * {@code {"version": "v0.9", "action": {...}}} (or {@code "v1.0"}) reaches the {@code @OnAction} handler of the
 * action's name with its context read into the handler's payload type; {@code {"version", "error"}}
 * goes to the {@link dev.widgetry.a2ui.A2uiErrorHook}; v1.0's {@code callAgentFunction} reaches the
 * handler of the function's name with its args read into the handler's payload type, and its
 * {@code rendererFunctionResponse} goes to the {@link dev.widgetry.a2ui.A2uiFunctionResponseHook};
 * CopilotKit's forwarded forms are read too. A model's tool call that no other protocol answers
 * reaches the handler of the tool's name, and the handler's server messages are the tool's result
 * ({@link #fallbackToolCall}).
 * Registered in {@code META-INF/services}.
 */
public final class A2uiProtocol implements ActionProtocol {

  @Override
  public String name() {
    return "A2UI";
  }

  @Override
  public String requestShapes() {
    return "an A2UI {\"version\": \"v0.9\" or \"v1.0\", \"action\": {\"name\", \"surfaceId\","
        + " \"sourceComponentId\", \"timestamp\", \"context\"}}";
  }

  @Override
  public boolean recognizes(String name, String innerName) {
    switch (name) {
      case "version":
      case "a2uiAction":
      case "callAgentFunction":
      case "rendererFunctionResponse":
      case "surfaceId":
      case "sourceComponentId":
        return true;
      case "action":
        // ChatKit's action object holds "type" and "payload"; A2UI's holds these.
        return innerName != null && ClientMessageRules.isActionKey(innerName);
      case "error":
        return innerName == null || innerName.equals("code");
      default:
        return false;
    }
  }

  @Override
  public ActionCall read(byte[] body, ActionRoutes routes) {
    return A2uiRequestReader.read(body, routes);
  }

  /**
   * A model's tool call, when no other protocol answers one (ChatKit is not on the class path): the
   * handler's server messages as the tool's result CopilotKit's A2UI middleware renders.
   */
  @Override
  public ActionCall fallbackToolCall(ActionRoute route, Object payload) {
    return new A2uiToolCall(route, payload);
  }
}
