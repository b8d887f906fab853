package dev.widgetry.a2ui;

/**
 * A message from an A2UI renderer back to the server: a user's {@link ActionMessage} or an
 * {@link ErrorMessage}. Read with {@link A2ui#parseClientMessage}.
 */
public sealed interface ClientMessage permits ActionMessage, ErrorMessage {

  /** The surface the message comes from. */
  String surfaceId();
}
