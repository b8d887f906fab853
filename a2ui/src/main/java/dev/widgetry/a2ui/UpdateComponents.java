package dev.widgetry.a2ui;

import java.util.List;
import java.util.Objects;

/**
 * Adds components to a surface, or replaces those with the same ids.
 *
 * @param surfaceId the surface
 * @param components one component at least, each with an id
 */
public record UpdateComponents(String surfaceId, List<A2uiComponent> components) implements ServerMessage {

  public UpdateComponents {
    Objects.requireNonNull(surfaceId, "surfaceId");
    components = FrozenList.copyOf(components);
    if (components.isEmpty()) {
      throw new IllegalArgumentException("updateComponents carries one component at least");
    }
    // A flattener's list marked plainIds holds the very ids it handed out, none null: no need to ask each again.
    if (!FrozenList.plainIds(components)) {
      requireIds(components);
    }
  }

  private static void requireIds(List<A2uiComponent> components) {
    for (int i = 0; i < components.size(); i++) {
      if (components.get(i).id() == null) {
        throw new IllegalArgumentException("updateComponents needs an id on each component, and component " + i
            + " (" + components.get(i).getClass().getSimpleName() + ") has none; give it one with withId(...), or"
            + " send it in a tree through Surface, which names it");
      }
    }
  }

  /** These components, for {@code surfaceId}. */
  public static UpdateComponents of(String surfaceId, A2uiComponent... components) {
    return new UpdateComponents(surfaceId, List.of(components));
  }
}
