package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An event a Button sends to the server.
 *
 * @param name the name of the action to be dispatched to the server
 * @param userMessage a human-readable message describing what the user did, for the conversation
 *     history or the user's feedback; A2UI v1.0 and later
 * @param context a JSON object containing the key-value pairs for the action context; values can
 *     be literals or paths, which the renderer resolves to values before it sends the action
 */
@Widget
public record Event(
    @JsonProperty(required = true) String name,
    @A2uiSince(A2uiVersion.V1_0) DynamicString userMessage,
    Map<String, DynamicValue> context) {

  public Event {
    Objects.requireNonNull(name, "name");
    if (context != null) {
      context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
    }
  }

  /** An event without a user message, as every A2UI version has it. */
  public Event(String name, Map<String, DynamicValue> context) {
    this(name, null, context);
  }
}
