package dev.widgetry.a2ui;

import dev.widgetry.runtime.ActionContext;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an A2UI action came from: the surface, the component that fired it, when, and the A2UI
 * version the renderer speaks, which its answer is written in. The A2UI protocol attaches it to the
 * handler's {@link ActionContext} under this class, so a handler reached from A2UI reads it and one
 * reached from ChatKit finds none:
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
 * @param version the version the answer is written in: the envelope's {@code "version"}; for an
 *     action without one (CopilotKit's forms), the {@link A2uiVersion} the application put in the
 *     request's context (from the client's capabilities, say), else v0.9
 * @param userMessage what a v1.0 renderer says the user did (the event's {@code userMessage},
 *     resolved); null when it says nothing
 * @param metadata what a v1.0 renderer sent beside the action ({@code "metadata"}); {@link
 *     ActionMetadata#NONE} when it sent none, and for a v0.9 action, which has no metadata
 */
public record A2uiSource(String surfaceId, String sourceComponentId, Instant timestamp, A2uiVersion version,
    String userMessage, ActionMetadata metadata) {

  public A2uiSource {
    Objects.requireNonNull(surfaceId, "surfaceId");
    Objects.requireNonNull(sourceComponentId, "sourceComponentId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(metadata, "metadata");
  }

  /** An action that came with no metadata. */
  public A2uiSource(
      String surfaceId, String sourceComponentId, Instant timestamp, A2uiVersion version, String userMessage) {
    this(surfaceId, sourceComponentId, timestamp, version, userMessage, ActionMetadata.NONE);
  }

  /** An action of a v0.9 renderer, which carries no user message and no metadata. */
  public A2uiSource(String surfaceId, String sourceComponentId, Instant timestamp) {
    this(surfaceId, sourceComponentId, timestamp, A2uiVersion.V0_9, null);
  }

  /** Where the action of {@code context} came from, when it came from an A2UI renderer. */
  public static Optional<A2uiSource> of(ActionContext context) {
    return context.get(A2uiSource.class);
  }

  /** What the user did, in the renderer's words, when a v1.0 renderer said. */
  public Optional<String> userSaid() {
    return Optional.ofNullable(userMessage);
  }
}
