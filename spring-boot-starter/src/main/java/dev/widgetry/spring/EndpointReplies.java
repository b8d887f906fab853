package dev.widgetry.spring;

import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.internal.ErrorAnswers;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** Writes answers onto a servlet response, with the headers the JDK server's endpoint sends. */
final class EndpointReplies {
  private static final String ALLOW = "POST, OPTIONS";
  private static final String EVENT_STREAM = "text/event-stream";

  private EndpointReplies() {}

  /** The handler's answer, as it is; a stream goes out part by part as the handler flushes it. */
  static void send(HttpServletResponse response, ActionResponse answer) throws IOException {
    response.setStatus(answer.status());
    response.setContentType(answer.contentType());
    response.setHeader("Cache-Control", "no-store");
    if (answer.contentType().startsWith(EVENT_STREAM)) {
      // Proxies that buffer responses (nginx does by default) would otherwise hold the events back.
      response.setHeader("X-Accel-Buffering", "no");
    }
    ServletOutputStream out = response.getOutputStream();
    if (answer.isStream()) {
      answer.writeTo(out);
    } else {
      byte[] body = answer.body();
      response.setContentLength(body.length);
      out.write(body);
    }
  }

  /** A structured error, in the shape the handlers write their own: {@code {"error": {"code", "message"}}}. */
  static void error(HttpServletResponse response, ActionError error, String message) throws IOException {
    if (error == ActionError.METHOD_NOT_ALLOWED) {
      response.setHeader("Allow", ALLOW);
    }
    if (error == ActionError.REQUEST_TOO_LARGE) {
      // The rest of the body is left unread, so the connection cannot carry another request.
      response.setHeader("Connection", "close");
    }
    send(response, ActionResponse.error(error, ErrorAnswers.error(error, message, List.of())));
  }

  /** The answer to {@code OPTIONS}: which methods the endpoint takes. */
  static void allowed(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    response.setHeader("Allow", ALLOW);
    response.setHeader("Cache-Control", "no-store");
  }
}
