package dev.widgetry.samples.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A Chrome DevTools Protocol session over the JDK's own WebSocket client: commands answered by
 * id, events handed to listeners. Messages are JSON, read and written with Jackson.
 */
final class DevTools implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final WebSocket socket;

  private DevTools(URI endpoint) throws InterruptedException {
    try {
      socket = HttpClient.newHttpClient().newWebSocketBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .buildAsync(endpoint, new Receiver())
          .get(15, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Could not open DevTools at " + endpoint, e);
    }
  }

  static DevTools connect(URI endpoint) throws InterruptedException {
    return new DevTools(endpoint);
  }

  /** A new, empty params object. */
  static ObjectNode params() {
    return MAPPER.createObjectNode();
  }

  /** Sends a command and waits for its result; an error answer is an exception. */
  JsonNode send(String method, ObjectNode params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode message = MAPPER.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    try {
      socket.sendText(MAPPER.writeValueAsString(message), true).get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      JsonNode reply = answer.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (reply.has("error")) {
        throw new IllegalStateException(method + " failed: " + reply.get("error"));
      }
      return reply.path("result");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(method + " got no answer within " + COMMAND_TIMEOUT.toSeconds() + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + method, e);
    } finally {
      pending.remove(id);
    }
  }

  JsonNode send(String method) {
    return send(method, params());
  }

  /** Calls {@code listener} with every event ({@code {"method", "params"}}) from now on. */
  void onEvent(Consumer<JsonNode> listener) {
    listeners.add(listener);
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(failure -> null).join();
    socket.abort();
  }

  /** Joins message fragments and routes each message to its command or to the listeners. */
  private final class Receiver implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        route(message);
      }
      webSocket.request(1);
      return null;
    }

    private void route(String message) {
      JsonNode node;
      try {
        node = MAPPER.readTree(message);
      } catch (IOException e) {
        // Chromium sends JSON only; should a message not parse, no command or listener could use it.
        return;
      }
      if (node.has("id")) {
        CompletableFuture<JsonNode> answer = pending.get(node.get("id").asInt());
        if (answer != null) {
          answer.complete(node);
        }
      } else {
        listeners.forEach(listener -> listener.accept(node));
      }
    }
  }
}
