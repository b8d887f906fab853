package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A user's action on a surface: a Button's event, with its context resolved to values by the
 * renderer. The context stays JSON here; a handler's payload is read from it.
 *
 * @param name the event's name
 * @param surfaceId the surface it came from
 * @param sourceComponentId the component that fired it
 * @param timestamp when it fired; null when the action came forwarded without one (CopilotKit)
 * @param context the event's context, every binding resolved: a JSON object
 * @param userMessage what a v1.0 renderer says the user did; null when it says nothing, and in
 *     v0.9, which knows no such key (it is among the {@code others} there)
 * @param metadata what a v1.0 renderer sent beside the action; {@link ActionMetadata#NONE} when it
 *     sent none, and in v0.9, which knows no such key (it is among the {@code others} there)
 * @param others keys the renderer sent beside those, kept as JSON
 */
public record ActionMessage(
    String name,
    String surfaceId,
    String sourceComponentId,
    Instant timestamp,
    JsonNode context,
    String userMessage,
    ActionMetadata metadata,
    Map<String, JsonNode> others)
    implements ClientMessage {

  public ActionMessage {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(surfaceId, "surfaceId");
    Objects.requireNonNull(sourceComponentId, "sourceComponentId");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(metadata, "metadata");
    others = Collections.unmodifiableMap(new LinkedHashMap<>(others));
  }
}
