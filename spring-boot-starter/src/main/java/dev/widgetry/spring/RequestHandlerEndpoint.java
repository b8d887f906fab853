package dev.widgetry.spring;

import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.RequestHandler;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.web.HttpRequestHandler;

/**
 * Serves one {@link RequestHandler} through Spring MVC's dispatcher servlet, so the application's
 * filters (Spring Security's among them), interceptors and locale resolution apply. It takes {@code
 * POST}s whose body is a request in any shape the handler reads, and answers with the handler's
 * response: its status, its content type and its body, flushed part by part when it is a stream.
 *
 * <p>What never reaches the handler gets the handler's structured JSON error: another method is
 * {@code 405 method_not_allowed} ({@code OPTIONS} gets {@code 204} and the {@code Allow} header); a
 * body over {@link RequestHandler#maxBodyBytes()} is {@code 413 request_too_large}, refused on its
 * {@code Content-Length} before a byte is read, or one byte past the limit when it comes chunked; a
 * body that cannot be read is {@code 400 malformed_request}; a customizer that throws is {@code 500
 * internal_error} and a log line, under the request's id, which the answer carries in {@code
 * X-Request-Id} (the request's own when it is plain and short), as the JDK server's endpoint does.
 *
 * <p>A handler that answers at once is answered on the request's thread. One that returns a stage
 * still running frees that thread: the request goes asynchronous, and the answer is written on the
 * container's threads when the stage completes.
 */
final class RequestHandlerEndpoint implements HttpRequestHandler {
  private static final Log LOG = LogFactory.getLog(RequestHandlerEndpoint.class);
  private static final String ALLOW = "POST, OPTIONS";

  private final RequestHandler handler;
  private final List<ActionContextCustomizer> customizers;

  RequestHandlerEndpoint(RequestHandler handler, List<ActionContextCustomizer> customizers) {
    this.handler = handler;
    this.customizers = List.copyOf(customizers);
  }

  @Override
  public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
    switch (request.getMethod()) {
      case "POST" -> dispatch(request, response);
      case "OPTIONS" -> EndpointReplies.allowed(response, ALLOW);
      default -> EndpointReplies.methodNotAllowed(response, ALLOW, request.getMethod());
    }
  }

  private void dispatch(HttpServletRequest request, HttpServletResponse response) throws IOException {
    byte[] body = readBody(request, response);
    if (body == null) {
      return;
    }
    ActionContext context;
    try {
      context = RequestContexts.of(request, customizers);
    } catch (RuntimeException e) {
      EndpointReplies.failed(LOG, request, response, e);
      return;
    }
    CompletableFuture<ActionResponse> answer;
    try {
      answer = handler.dispatch(body, context).toCompletableFuture();
    } catch (RuntimeException e) {
      answer = CompletableFuture.failedFuture(e);
    }
    if (answer.isDone()) {
      reply(request, response, answer);
    } else {
      replyLater(request, response, answer);
    }
  }

  /** The whole body, or null when it is refused (too large, or unreadable) and the refusal written. */
  private byte[] readBody(HttpServletRequest request, HttpServletResponse response) throws IOException {
    int limit = handler.maxBodyBytes();
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      EndpointReplies.error(response, ActionError.REQUEST_TOO_LARGE,
          "The body has " + declared + " bytes; this endpoint accepts at most " + limit + ".");
      return null;
    }
    byte[] body;
    try {
      // One byte past the limit proves a chunked body too long; the rest is never read.
      body = request.getInputStream().readNBytes(limit < Integer.MAX_VALUE ? limit + 1 : limit);
    } catch (IOException e) {
      LOG.debug("The body of " + EndpointReplies.describe(request) + " could not be read", e);
      EndpointReplies.error(response, ActionError.MALFORMED_REQUEST, "The body could not be read to its end.");
      return null;
    }
    if (body.length > limit) {
      EndpointReplies.error(response, ActionError.REQUEST_TOO_LARGE,
          "The body has more than " + limit + " bytes; this endpoint accepts at most " + limit + ".");
      return null;
    }
    return body;
  }

  /**
   * Frees the request's thread until the answer is there, then writes it on the container's
   * threads, not on the thread that completed the stage (a pool or event loop of the handler's).
   */
  private static void replyLater(HttpServletRequest request, HttpServletResponse response,
      CompletableFuture<ActionResponse> answer) {
    AsyncContext async = request.startAsync(request, response);
    // The handler bounds its own answer time (the dispatcher answers handler_failed after its
    // handler timeout); the container's default async timeout (30 s in Tomcat) would race it.
    async.setTimeout(0);
    answer.whenComplete((done, failure) -> {
      try {
        async.start(() -> {
          try {
            reply(request, response, answer);
          } finally {
            async.complete();
          }
        });
      } catch (IllegalStateException e) {
        LOG.debug("The client of " + EndpointReplies.describe(request) + " left before its answer was ready", e);
      }
    });
  }

  /**
   * Writes a completed answer. A handler's stage never fails and its dispatch never throws, but
   * should one, the client is told {@code internal_error}, not shown a stack trace.
   */
  private static void reply(HttpServletRequest request, HttpServletResponse response,
      CompletableFuture<ActionResponse> answer) {
    try {
      EndpointReplies.send(response, answer.join());
    } catch (IOException e) {
      LOG.debug("The client of " + EndpointReplies.describe(request) + " left before its answer was written", e);
    } catch (RuntimeException e) {
      EndpointReplies.failed(LOG, request, response, e);
    }
  }
}
