package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds every answer the server gives against chatkit-python's own types: each streamed event
 * against {@code ThreadStreamEvent}, each JSON answer against the type its request is answered
 * with. Every test of the server reads its answers through here ({@link TestClient}, the HTTP and
 * load tests), so whatever the suite makes the server send is checked.
 */
final class Conformance {
  /** The answer type of each JSON request, as chatkit-python's server writes it. */
  private static final Map<String, String> JSON_ANSWERS = Map.of(
      "threads.get_by_id", "Thread",
      "threads.update", "Thread",
      "threads.list", "ThreadPage",
      "items.list", "ThreadItemPage",
      "threads.sync_custom_action", "SyncCustomActionResponse",
      "attachments.create", "Attachment");
  private static final AtomicLong CHECKED = new AtomicLong();

  private Conformance() {}

  /** How many events and answers have been checked in this JVM. */
  static long checked() {
    return CHECKED.get();
  }

  /**
   * Checks one answer to a request of {@code requestType} and reads it.
   *
   * @throws AssertionError naming every problem, when the answer breaks chatkit-python's types
   */
  static Answer check(String requestType, int status, String contentType, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (contentType.startsWith("text/event-stream")) {
      assertEquals(200, status, "a stream answers 200");
      List<JsonNode> events = events(text);
      for (JsonNode event : events) {
        valid(event, "ThreadStreamEvent");
      }
      return new Answer(status, null, events);
    }
    assertTrue(contentType.startsWith("application/json"), "a JSON answer, was " + contentType);
    JsonNode json = parse(text);
    if (status != 200) {
      assertTrue(json.path("error").path("code").isTextual() && json.path("error").path("message").isTextual(),
          "an error has a code and a message: " + text);
      CHECKED.incrementAndGet();
      return new Answer(status, json, List.of());
    }
    String shape = JSON_ANSWERS.get(requestType);
    if (shape != null) {
      valid(json, shape);
    } else if (requestType.equals("input.transcribe")) {
      assertTrue(json.size() == 1 && json.path("text").isTextual(), "a transcription is {text}: " + text);
      CHECKED.incrementAndGet();
    } else {
      assertEquals("{}", text, requestType + " answers an empty object");
      CHECKED.incrementAndGet();
    }
    return new Answer(status, json, List.of());
  }

  /** The events of a Server-Sent Events body: one {@code data:} line each, frames split by a blank line. */
  static List<JsonNode> events(String body) {
    List<JsonNode> events = new ArrayList<>();
    if (body.isEmpty()) {
      return events;
    }
    assertTrue(body.endsWith("\n\n"), "a stream ends with a whole frame");
    for (String frame : body.substring(0, body.length() - 2).split("\n\n", -1)) {
      assertTrue(frame.startsWith("data: ") && !frame.contains("\n"), "a frame is one data line: " + frame);
      events.add(parse(frame.substring("data: ".length())));
    }
    return events;
  }

  static void valid(JsonNode instance, String definition) {
    List<String> problems = ServerSchema.problems(instance, definition);
    if (!problems.isEmpty()) {
      throw new AssertionError("Not a valid " + definition + " for chatkit-python: " + problems + "\n" + instance);
    }
    CHECKED.incrementAndGet();
  }

  static JsonNode parse(String json) {
    try {
      return ServerSchema.JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + json, e);
    }
  }
}
