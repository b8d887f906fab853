package dev.widgetry.a2ui;

/**
 * A message from an A2UI renderer back to the server: a user's {@link ActionMessage} or an
 * {@link ErrorMessage}; from a v1.0 renderer also a {@link CallAgentFunction} or a {@link
 * RendererFunctionResponse}. Read with {@link A2ui#parseClientMessage} or, for v1.0, {@code
 * A2ui.reader(A2uiVersion.V1_0).parseClientMessage}.
 */
public sealed interface ClientMessage
    permits ActionMessage, ErrorMessage, CallAgentFunction, RendererFunctionResponse {

  /**
   * The surface the message comes from; null for a function response, and for a v1.0 error about
   * a function call.
   */
  String surfaceId();
}
