package dev.widgetry.chatkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.widgetry.runtime.http.ActionEndpoint;
import dev.widgetry.runtime.http.ActionServers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A ChatKit server mounted at {@code /chatkit} on the JDK's HTTP server (a free port of the loopback
 * address), and an HTTP client whose every answer is read through {@link Conformance}.
 */
final class HttpClientForTests implements AutoCloseable {
  private final HttpServer server;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(30)).build();
  private final URI endpoint;

  HttpClientForTests(ChatKitServer chatKit, int threads) throws IOException {
    server = ActionServers.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), threads);
    ActionEndpoint.of(chatKit).mountOn(server, "/chatkit");
    server.start();
    endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/chatkit");
  }

  /** Posts a request and reads its whole answer (a stream to its end). */
  CompletableFuture<Answer> post(String body) {
    HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(5))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    String type = typeOf(body);
    return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(response -> Conformance.check(type, response.statusCode(),
            response.headers().firstValue("Content-Type").orElse(""), response.body()));
  }

  /** Sends any request, for what the endpoint itself answers (methods, sizes). */
  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.uri(endpoint).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String typeOf(String body) {
    JsonNode type = Conformance.parse(body).path("type");
    return type.isTextual() ? type.asText() : "";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
