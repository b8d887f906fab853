package dev.widgetry.runtime.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.internal.ErrorAnswers;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes an answer onto an exchange and ends the exchange, whether the write succeeds or not. */
final class Replies {
  private static final String ALLOW = "POST, OPTIONS";
  private static final String JSON = "application/json; charset=utf-8";
  private static final String EVENT_STREAM = "text/event-stream";

  private Replies() {}

  /** The handler's answer, as it is; a stream is sent chunked, part by part as it is flushed. */
  static void send(HttpExchange exchange, ActionResponse response) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", response.contentType());
    if (response.contentType().startsWith(EVENT_STREAM)) {
      // Proxies that buffer responses (nginx does by default) would otherwise hold the events back.
      headers.set("X-Accel-Buffering", "no");
    }
    if (response.isStream()) {
      stream(exchange, response);
    } else {
      write(exchange, response.status(), response.body());
    }
  }

  private static void stream(HttpExchange exchange, ActionResponse response) throws IOException {
    try {
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(response.status(), 0);
      try (OutputStream out = exchange.getResponseBody()) {
        response.writeTo(out);
      }
    } finally {
      exchange.close();
    }
  }

  /** A structured error, in the shape the dispatcher writes its own: {@code {"error": {"code", "message"}}}. */
  static void error(HttpExchange exchange, ActionError error, String message) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", JSON);
    if (error == ActionError.METHOD_NOT_ALLOWED) {
      headers.set("Allow", ALLOW);
    }
    if (error == ActionError.REQUEST_TOO_LARGE) {
      // The rest of the body is left unread, so the connection cannot carry another request.
      headers.set("Connection", "close");
    }
    write(exchange, error.status(), ErrorAnswers.error(error, message, List.of()));
  }

  /** The answer to {@code OPTIONS}: which methods the endpoint takes. */
  static void allowed(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Allow", ALLOW);
    write(exchange, 204, new byte[0]);
  }

  private static void write(HttpExchange exchange, int status, byte[] body) throws IOException {
    try {
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      // For the JDK's server a length of -1 means "no body"; 0 would mean "chunked".
      boolean bodiless = body.length == 0 || status == 204 || "HEAD".equals(exchange.getRequestMethod());
      exchange.sendResponseHeaders(status, bodiless ? -1 : body.length);
      if (!bodiless) {
        // Closing the stream sends the answer before the server discards what is left of the request.
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } finally {
      exchange.close();
    }
  }
}
