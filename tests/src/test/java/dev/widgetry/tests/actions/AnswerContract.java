package dev.widgetry.tests.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;

/**
 * What every answer to any input must be: a success in its protocol's form, or a structured 4xx
 * error ({@code {"error": {"code", "message", "problems"?}}} with a known code), never a 500 or an
 * exception. The only 500 allowed is the {@code handler_failed} of a test handler made to fail.
 */
public final class AnswerContract {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> REFUSALS =
      Set.of("malformed_request", "unsupported_request", "unknown_action", "invalid_payload", "request_too_large");
  /** Handlers of {@link CartHandlers} that fail on purpose. */
  private static final Set<String> FAILING_ON_PURPOSE = Set.of("cart.explode", "cart.later");

  private AnswerContract() {}

  /** Why an answer breaks the contract, or null when it keeps it. */
  public static String violation(int status, String contentType, String body) {
    try {
      if (status == 200) {
        return contentType.startsWith("text/event-stream") ? events(body) : json(body) == null ? "no body" : null;
      }
      JsonNode error = json(body).get("error");
      String code = error == null ? null : error.path("code").asText(null);
      if (code == null || !error.path("message").isTextual()) {
        return status + " without a structured error: " + body;
      }
      if (status == 500 && code.equals("handler_failed") && failedOnPurpose(error.get("message").asText())) {
        return null;
      }
      if (status < 400 || status >= 500 || !REFUSALS.contains(code)) {
        return status + " " + code + ": " + error.get("message").asText();
      }
      return null;
    } catch (IOException e) {
      return status + " with a body that is not JSON (" + e.getMessage() + "): " + body;
    }
  }

  private static boolean failedOnPurpose(String message) {
    return FAILING_ON_PURPOSE.stream().anyMatch(type -> message.equals("The handler of action \"" + type
        + "\" failed; the server logged why."));
  }

  private static String events(String body) throws IOException {
    for (String event : body.split("\n\n")) {
      if (!event.isEmpty()) {
        if (!event.startsWith("data: ")) {
          return "an event that is not a data line: " + event;
        }
        json(event.substring("data: ".length()));
      }
    }
    return null;
  }

  private static JsonNode json(String text) throws IOException {
    return MAPPER.readTree(text);
  }
}
