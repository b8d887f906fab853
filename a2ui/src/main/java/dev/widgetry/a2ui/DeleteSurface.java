package dev.widgetry.a2ui;

import java.util.Objects;

/**
 * Removes a surface and everything in it.
 *
 * @param surfaceId the surface
 */
public record DeleteSurface(String surfaceId) implements ServerMessage {

  public DeleteSurface {
    Objects.requireNonNull(surfaceId, "surfaceId");
  }
}
