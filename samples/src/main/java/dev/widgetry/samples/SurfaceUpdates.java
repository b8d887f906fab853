package dev.widgetry.samples;

import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.a2ui.CreateSurface;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.a2ui.Surface;
import java.util.List;

/** How the sample surfaces answer an action: the surface drawn again, on the renderer's existing one. */
public final class SurfaceUpdates {
  private SurfaceUpdates() {}

  /**
   * The surface's components and data model, without its {@code createSurface}: the renderer
   * refuses to create a surface it shows, and keeps the element, focus and scroll of this one.
   */
  public static List<ServerMessage> of(Surface surface) {
    return surface.messages().stream().filter(message -> !(message instanceof CreateSurface)).toList();
  }

  /** The same messages as an {@code @OnAction} handler's A2UI answer, for a {@code Reply}'s A2UI form. */
  public static A2uiAnswer answer(Surface surface) {
    return new A2uiAnswer(of(surface));
  }
}
