package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An error a renderer reports: {@code VALIDATION_FAILED} for a message it could not apply (with the
 * {@code path} of what was wrong), or an error of its own.
 *
 * @param code {@code "VALIDATION_FAILED"}, or any other JSON value the renderer chose
 * @param surfaceId the surface
 * @param path for a validation failure, the JSON Pointer of what failed; else null
 * @param message what went wrong, in words
 * @param others keys a generic error carries beside those, kept as JSON
 */
public record ErrorMessage(JsonNode code, String surfaceId, String path, String message, Map<String, JsonNode> others)
    implements ClientMessage {

  public ErrorMessage {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(surfaceId, "surfaceId");
    Objects.requireNonNull(message, "message");
    others = Collections.unmodifiableMap(new LinkedHashMap<>(others));
  }

  /** Whether the renderer could not apply a message: {@code code} is {@code "VALIDATION_FAILED"}. */
  public boolean validationFailed() {
    return code.isTextual() && code.asText().equals(ClientMessageReader.VALIDATION_FAILED);
  }
}
