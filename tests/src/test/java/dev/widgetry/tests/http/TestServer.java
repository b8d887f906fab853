package dev.widgetry.tests.http;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import dev.widgetry.runtime.http.ActionEndpoint;
import dev.widgetry.runtime.http.ActionServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A server from {@link ActionServers} on 127.0.0.1 and a free port, and an HTTP/1.1 client for it. */
final class TestServer implements AutoCloseable {
  private final HttpServer server;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  TestServer(int threads) {
    try {
      server = ActionServers.create(new InetSocketAddress("127.0.0.1", 0), threads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Mounts {@code endpoint} at {@code path}; call before {@link #start}. */
  HttpContext mount(String path, ActionEndpoint endpoint) {
    return endpoint.mountOn(server, path);
  }

  TestServer start() {
    server.start();
    return this;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  HttpClient client() {
    return client;
  }

  /** Posts {@code json} (with a {@code Content-Length}) to {@code path}. */
  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
