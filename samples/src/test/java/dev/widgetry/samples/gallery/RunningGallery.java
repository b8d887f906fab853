package dev.widgetry.samples.gallery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A gallery on a free port of 127.0.0.1, with fresh state, and an HTTP/1.1 client for it. */
final class RunningGallery implements AutoCloseable {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final GalleryServer server;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  RunningGallery() throws IOException {
    server = GalleryServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
  }

  /** GETs a path, given raw (percent-encoding and dots are sent as written). */
  HttpResponse<String> get(String rawPath) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(rawPath)).GET());
  }

  /** POSTs a body to the action endpoint. */
  HttpResponse<String> act(String body) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(GalleryServer.ACTION_PATH))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The address of a path as written: no dot segment is resolved, no escape decoded. */
  URI uri(String rawPath) {
    String root = server.uri().toString();
    return URI.create(root.substring(0, root.length() - 1) + rawPath);
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return MAPPER.readTree(response.body());
  }

  @Override
  public void close() {
    server.close();
  }
}
