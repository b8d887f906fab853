package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  /** The ids the server makes, and the timestamps it writes: what tells two otherwise equal answers apart. */
  private static final Pattern IDS = Pattern.compile("\"(thr|msg|tc|wf|tsk|atc)_[0-9a-f]{16}\"");
  private static final Pattern TIMESTAMPS = Pattern.compile("\"created_at\":\"([^\"]*)\"");
  /** Answers already held against the schema, ids and timestamps blanked: each shape is validated once. */
  private static final Set<String> VALID = ConcurrentHashMap.newKeySet();

  private Conformance() {}

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
      return new Answer(status, json, List.of());
    }
    String shape = JSON_ANSWERS.get(requestType);
    if (shape != null) {
      valid(json, shape);
    } else if (requestType.equals("input.transcribe")) {
      assertTrue(json.size() == 1 && json.path("text").isTextual(), "a transcription is {text}: " + text);
    } else {
      assertEquals("{}", text, requestType + " answers an empty object");
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

  /**
   * Checks {@code instance} against {@code #/$defs/<definition>}. An instance equal to one already
   * checked but for its ids and timestamps (fifty clients of one conversation, say) is not run
   * through the validator again; its timestamps are still each checked as RFC 3339 date-times.
   */
  static void valid(JsonNode instance, String definition) {
    String text = instance.toString();
    Matcher timestamps = TIMESTAMPS.matcher(text);
    while (timestamps.find()) {
      try {
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(timestamps.group(1));
      } catch (DateTimeParseException e) {
        throw new AssertionError("Not an RFC 3339 date-time: " + timestamps.group(1) + " in " + text, e);
      }
    }
    String shape = definition + " " + TIMESTAMPS.matcher(IDS.matcher(text).replaceAll("\"$1_\"")).replaceAll("");
    if (VALID.contains(shape)) {
      return;
    }
    List<String> problems = ServerSchema.problems(instance, definition);
    if (!problems.isEmpty()) {
      throw new AssertionError("Not a valid " + definition + " for chatkit-python: " + problems + "\n" + instance);
    }
    VALID.add(shape);
  }

  static JsonNode parse(String json) {
    try {
      return ServerSchema.JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + json, e);
    }
  }
}
