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
 * @param context a JSON object containing the key-value pairs for the action context; values can
 *     be literals or paths, which the renderer resolves to values before it sends the action
 */
@Widget
public record Event(@JsonProperty(required = true) String name, Map<String, DynamicValue> context) {

  public Event {
    Objects.requireNonNull(name, "name");
    if (context != null) {
      context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
    }
  }
}
