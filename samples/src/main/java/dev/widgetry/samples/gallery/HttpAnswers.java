package dev.widgetry.samples.gallery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;

/** Writes the gallery's own answers (pages, files, JSON, errors) and ends the exchange. */
final class HttpAnswers {
  static final String JSON = "application/json; charset=utf-8";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final System.Logger LOG = System.getLogger(HttpAnswers.class.getName());

  private HttpAnswers() {}

  /**
   * The handler, answering {@code 500 internal_error} (and logging why) when it throws, an {@code
   * Error} such as a stack overflow included: the JDK's server would otherwise drop the connection
   * without a word.
   */
  static HttpHandler guarded(HttpHandler handler) {
    return exchange -> {
      try {
        handler.handle(exchange);
      } catch (RuntimeException | Error e) {
        LOG.log(Level.ERROR, "Answering " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " failed", e);
        if (exchange.getResponseCode() == -1) {
          error(exchange, 500, "internal_error", "The server failed to answer; it logged why.");
        } else {
          exchange.close();
        }
      }
    };
  }

  /** Whether the request only reads: {@code GET} or {@code HEAD}. */
  static boolean isRead(HttpExchange exchange) {
    String method = exchange.getRequestMethod();
    return method.equals("GET") || method.equals("HEAD");
  }

  /** {@code 200} with a JSON body that is never cached: it shows state that changes. */
  static void json(HttpExchange exchange, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    send(exchange, 200, JSON, body);
  }

  /** {@code 404} with a JSON error under {@code /api/}, plain text elsewhere. */
  static void notFound(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    if (path.startsWith("/api/")) {
      error(exchange, 404, "not_found", "Nothing is served at " + path + ".");
    } else {
      send(exchange, 404, "text/plain; charset=utf-8", "Not found\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** {@code 405}: the routes other than the action endpoint only read. */
  static void onlyReads(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
    error(exchange, 405, "method_not_allowed", "This path takes GET requests only; this one was "
        + exchange.getRequestMethod() + ".");
  }

  /** An error in the shape the action endpoint writes its own: {@code {"error": {"code", "message"}}}. */
  static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
    ObjectNode body = MAPPER.createObjectNode();
    body.putObject("error").put("code", code).put("message", message);
    send(exchange, status, JSON, MAPPER.writeValueAsBytes(body));
  }

  /** Writes the status, the content type and the body (none for {@code HEAD}), and ends the exchange. */
  static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      boolean head = exchange.getRequestMethod().equals("HEAD");
      // For the JDK's server -1 means "no body"; 0 would mean "chunked".
      exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
      if (!head && body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }
}
