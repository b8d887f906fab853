package dev.widgetry.tests.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Reads what came over the wire: JSON bodies, Server-Sent Events, and structured errors. */
final class Wire {
  static final String JSON = "application/json; charset=utf-8";
  static final String EVENT_STREAM = "text/event-stream; charset=utf-8";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Wire() {}

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError("Not JSON: " + text, e);
    }
  }

  /** A 200 with a JSON body, which it returns. */
  static JsonNode ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(JSON, header(response, "Content-Type"));
    assertEquals("no-store", header(response, "Cache-Control"));
    return json(response.body());
  }

  /** A 200 with an event stream, whose events (one JSON object per {@code data:} line) it returns. */
  static List<JsonNode> events(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(EVENT_STREAM, header(response, "Content-Type"));
    assertEquals("no-store", header(response, "Cache-Control"));
    assertEquals("no", header(response, "X-Accel-Buffering"));
    List<JsonNode> events = new ArrayList<>();
    for (String event : response.body().split("\n\n", -1)) {
      if (!event.isEmpty()) {
        assertTrue(event.startsWith("data: ") && !event.contains("\n"), event);
        events.add(json(event.substring("data: ".length())));
      }
    }
    assertTrue(response.body().isEmpty() || response.body().endsWith("\n\n"), response.body());
    return events;
  }

  /** A structured error with this status and code, in JSON; returns its {@code error} object. */
  static JsonNode error(HttpResponse<String> response, int status, String code) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(JSON, header(response, "Content-Type"));
    assertEquals("no-store", header(response, "Cache-Control"));
    JsonNode error = json(response.body()).get("error");
    assertEquals(code, error.get("code").asText(), response.body());
    assertTrue(error.get("message").asText().endsWith("."), response.body());
    return error;
  }

  /** The JSON Pointers of an error's problems, in order. */
  static List<String> pointers(JsonNode error) {
    List<String> pointers = new ArrayList<>();
    error.get("problems").forEach(problem -> pointers.add(problem.get("pointer").asText()));
    return pointers;
  }

  static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }
}
