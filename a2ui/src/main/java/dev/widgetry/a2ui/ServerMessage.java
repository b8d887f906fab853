package dev.widgetry.a2ui;

/**
 * A message from the agent's server to an A2UI renderer: {@link CreateSurface},
 * {@link UpdateComponents}, {@link UpdateDataModel} or {@link DeleteSurface}. Write them with
 * {@link A2ui#toJson}, {@link A2ui#toJsonArray}, {@link A2ui#toJsonl} or {@link A2ui#toOperations};
 * read them with {@link A2ui#parseMessages}.
 */
public sealed interface ServerMessage permits CreateSurface, UpdateComponents, UpdateDataModel, DeleteSurface {

  /** The surface the message is about. */
  String surfaceId();
}
