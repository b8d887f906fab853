package dev.widgetry.spring;

import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.http.RequestIds;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.commons.logging.Log;

/** Writes answers onto a servlet response, with the headers the JDK server's endpoint sends. */
final class EndpointReplies {
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
    error(response, ActionResponse.error(error, message));
  }

  /** An error answer as it is, with {@code Connection: close} after a body left unread because it is too large. */
  static void error(HttpServletResponse response, ActionResponse answer) throws IOException {
    if (answer.errorCode().filter(ActionError.REQUEST_TOO_LARGE.code()::equals).isPresent()) {
      // The rest of the body is left unread, so the connection cannot carry another request.
      response.setHeader("Connection", "close");
    }
    send(response, answer);
  }

  /** {@code 405 method_not_allowed}, with the methods the endpoint takes in {@code Allow}. */
  static void methodNotAllowed(HttpServletResponse response, String allow, String method) throws IOException {
    response.setHeader("Allow", allow);
    error(response, ActionError.METHOD_NOT_ALLOWED,
        "This endpoint takes " + allow.replace(", OPTIONS", "") + " requests only; this one was " + method + ".");
  }

  /** The answer to {@code OPTIONS}: which methods the endpoint takes. */
  static void allowed(HttpServletResponse response, String allow) {
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    response.setHeader("Allow", allow);
    response.setHeader("Cache-Control", "no-store");
  }

  /**
   * The endpoint failed around the handler: the failure is logged under the request's id (its own
   * {@code X-Request-Id} when plain and short, else a random one), and the client is answered
   * {@code 500 internal_error} with that id in the same header, as the JDK server's endpoint does,
   * unless the answer had begun.
   */
  static void failed(Log log, HttpServletRequest request, HttpServletResponse response, Throwable failure) {
    String id = RequestIds.of(request.getHeader(RequestIds.HEADER));
    log.error("Answering " + describe(request) + " (request " + id + ") failed", failure);
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setHeader(RequestIds.HEADER, id);
    try {
      error(response, ActionError.INTERNAL_ERROR, "The server failed to answer; it logged why.");
    } catch (IOException | RuntimeException again) {
      log.debug("The internal_error answer to " + describe(request) + " could not be written", again);
    }
  }

  /** The request's method and path, for a log line. */
  static String describe(HttpServletRequest request) {
    return request.getMethod() + " " + request.getRequestURI();
  }
}
