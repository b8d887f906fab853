package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An error a renderer reports: a message it could not apply (v0.9's {@code VALIDATION_FAILED}, and
 * v1.0's {@code UNALLOWED_PARENT} and {@code UNALLOWED_CHILD} too, with the {@code path} of what was
 * wrong), or an error of its own, about a surface or (v1.0) about a function call.
 *
 * @param code {@code "VALIDATION_FAILED"}, or any other JSON value the renderer chose
 * @param surfaceId the surface; null only for a v1.0 error about a function call
 * @param functionCallId the function call a v1.0 error is about; null when it is about a surface
 * @param path for a validation failure, the JSON Pointer of what failed; else null
 * @param message what went wrong, in words
 * @param others keys a generic error carries beside those, kept as JSON
 */
public record ErrorMessage(
    JsonNode code,
    String surfaceId,
    String functionCallId,
    String path,
    String message,
    Map<String, JsonNode> others)
    implements ClientMessage {
  /** The codes of a message the renderer could not apply: v0.9 has the first, v1.0 all three. */
  static final List<String> VALIDATION_CODES = List.of("VALIDATION_FAILED", "UNALLOWED_PARENT", "UNALLOWED_CHILD");

  public ErrorMessage {
    Objects.requireNonNull(code, "code");
    if ((surfaceId == null) == (functionCallId == null)) {
      throw new IllegalArgumentException("An A2UI error names either a surface or a function call, not "
          + (surfaceId == null ? "neither" : "both"));
    }
    Objects.requireNonNull(message, "message");
    others = Collections.unmodifiableMap(new LinkedHashMap<>(others));
  }

  /** An error about a surface, as v0.9 has them all. */
  public ErrorMessage(JsonNode code, String surfaceId, String path, String message, Map<String, JsonNode> others) {
    this(code, Objects.requireNonNull(surfaceId, "surfaceId"), null, path, message, others);
  }

  /**
   * Whether the renderer could not apply a message: {@code code} is {@code "VALIDATION_FAILED"}, or
   * v1.0's {@code "UNALLOWED_PARENT"} or {@code "UNALLOWED_CHILD"}; {@link #path()} says where.
   */
  public boolean validationFailed() {
    return path != null && isValidationCode(code, A2uiVersion.V1_0);
  }

  /**
   * Whether {@code code} (null when absent) is one of {@code version}'s codes of a message the
   * renderer could not apply: v0.9 has {@code VALIDATION_FAILED}, v1.0 all three.
   */
  static boolean isValidationCode(JsonNode code, A2uiVersion version) {
    return code != null && code.isTextual() && (version == A2uiVersion.V0_9
        ? code.asText().equals(VALIDATION_CODES.get(0)) : VALIDATION_CODES.contains(code.asText()));
  }
}
