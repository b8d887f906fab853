package dev.widgetry.a2ui;

import dev.widgetry.runtime.ActionContext;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an A2UI action came from: the surface, the component that fired it, and when. The A2UI
 * protocol attaches it to the handler's {@link ActionContext} under this class, so a handler reached
 * from A2UI reads it and one reached from ChatKit finds none:
 *
 * <pre>{@code
 * @OnAction("order.pay")
 * A2uiAnswer pay(PayOrder payload, ActionContext context) {
 *   String surfaceId = A2uiSource.of(context).map(A2uiSource::surfaceId).orElse("order-" + payload.orderId());
 *   ...
 * }
 * }</pre>
 *
 * @param surfaceId the surface the action was fired on
 * @param sourceComponentId the id of the component that fired it
 * @param timestamp when the renderer says it fired; null when it came without one (CopilotKit's
 *     forwarded actions)
 */
public record A2uiSource(String surfaceId, String sourceComponentId, Instant timestamp) {

  public A2uiSource {
    Objects.requireNonNull(surfaceId, "surfaceId");
    Objects.requireNonNull(sourceComponentId, "sourceComponentId");
  }

  /** Where the action of {@code context} came from, when it came from an A2UI renderer. */
  public static Optional<A2uiSource> of(ActionContext context) {
    return context.get(A2uiSource.class);
  }
}
