package dev.widgetry.samples.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** An HTTP/1.1 client for the application on its random port, as the JDK gallery's tests use one. */
final class GalleryClient {
  static final String ACTION_PATH = "/api/widget-action";
  static final String CHAT_PATH = "/chatkit";
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final int port;

  GalleryClient(int port) {
    this.port = port;
  }

  /** GETs a path. */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  /** POSTs a body to the action endpoint. */
  HttpResponse<String> act(String body) throws IOException, InterruptedException {
    return send(action(body));
  }

  /** POSTs a body to the action endpoint as a user signed in with HTTP Basic. */
  HttpResponse<String> actAs(String user, String password, String body) throws IOException, InterruptedException {
    return send(action(body).header("Authorization", basic(user, password)));
  }

  /** An {@code Authorization} header for HTTP Basic. */
  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** POSTs a ChatKit request to the chat's endpoint, as the chat page does. */
  HttpResponse<String> chat(String body) throws IOException, InterruptedException {
    return send(chatRequest(body));
  }

  HttpRequest.Builder chatRequest(String body) {
    return request(CHAT_PATH).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
  }

  HttpRequest.Builder action(String body) {
    return request(ACTION_PATH).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return MAPPER.readTree(response.body());
  }

  /** The events of a Server-Sent Events answer, in order: one {@code data:} line each. */
  static List<JsonNode> events(HttpResponse<String> response) throws IOException {
    List<JsonNode> events = new ArrayList<>();
    for (String line : response.body().split("\n")) {
      if (line.startsWith("data: ")) {
        events.add(MAPPER.readTree(line.substring("data: ".length())));
      }
    }
    return events;
  }

  /** The component with this key, anywhere in the widget. */
  static JsonNode find(JsonNode widget, String key) {
    return widget.findParents("key").stream().filter(node -> node.get("key").asText().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("No component with key " + key + " in " + widget));
  }
}
