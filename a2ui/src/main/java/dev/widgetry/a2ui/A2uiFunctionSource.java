package dev.widgetry.a2ui;

import dev.widgetry.runtime.ActionContext;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an A2UI v1.0 agent function call came from: the surface and the call's id, which the answer
 * repeats. The A2UI protocol attaches it to the handler's {@link ActionContext} under this class,
 * so a handler reached by a renderer's {@code callAgentFunction} reads it; one reached by an action
 * finds none (and finds an {@link A2uiSource}).
 *
 * @param surfaceId the surface the call came from
 * @param functionCallId the call's id
 */
public record A2uiFunctionSource(String surfaceId, String functionCallId) {

  public A2uiFunctionSource {
    Objects.requireNonNull(surfaceId, "surfaceId");
    Objects.requireNonNull(functionCallId, "functionCallId");
  }

  /** Where the call of {@code context} came from, when a renderer's function call reached the handler. */
  public static Optional<A2uiFunctionSource> of(ActionContext context) {
    return context.get(A2uiFunctionSource.class);
  }
}
