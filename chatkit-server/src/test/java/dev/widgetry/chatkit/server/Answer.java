package dev.widgetry.chatkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the server answered one request, already checked against chatkit-python's types: a JSON
 * document, or the events of a stream.
 *
 * @param status the HTTP status
 * @param json the JSON answer; null for a stream
 * @param events the stream's events, in order; empty for a JSON answer
 */
record Answer(int status, JsonNode json, List<JsonNode> events) {

  /** The events' types, in order. */
  List<String> types() {
    return events.stream().map(event -> event.path("type").asText()).collect(Collectors.toList());
  }

  /** The events of one type. */
  List<JsonNode> events(String type) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode event : events) {
      if (event.path("type").asText().equals(type)) {
        found.add(event);
      }
    }
    return found;
  }

  /** The only event of one type. */
  JsonNode event(String type) {
    List<JsonNode> found = events(type);
    if (found.size() != 1) {
      throw new AssertionError("Expected one " + type + " event, found " + found.size() + " in " + types());
    }
    return found.get(0);
  }

  /** The id of the thread a stream created. */
  String createdThreadId() {
    return event("thread.created").path("thread").path("id").asText();
  }

  /** The error code of a JSON error. */
  String errorCode() {
    return json == null ? null : json.path("error").path("code").asText(null);
  }
}
