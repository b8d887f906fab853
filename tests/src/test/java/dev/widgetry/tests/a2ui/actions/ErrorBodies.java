package dev.widgetry.tests.a2ui.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reading the A2UI dispatch tests' answers: a body as JSON, an error's problem pointers. */
final class ErrorBodies {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ErrorBodies() {}

  /** The JSON Pointers of an error's problems, in order. */
  static List<String> pointers(JsonNode error) {
    List<String> pointers = new ArrayList<>();
    error.path("problems").forEach(problem -> pointers.add(problem.get("pointer").asText()));
    return pointers;
  }

  /** {@code text} as a tree; an assertion error when it is not JSON. */
  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (Exception e) {
      throw new AssertionError("Not JSON: " + text, e);
    }
  }
}
