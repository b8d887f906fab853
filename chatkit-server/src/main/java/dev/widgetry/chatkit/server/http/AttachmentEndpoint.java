package dev.widgetry.chatkit.server.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.widgetry.chatkit.server.AttachmentDownload;
import dev.widgetry.chatkit.server.ChatKitServer;
import dev.widgetry.chatkit.server.store.NotFoundException;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.http.RequestIds;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Serves attachments' bytes on the JDK's HTTP server, beside the ChatKit endpoint: the address that
 * {@code attachments.create} gives the client (a {@code LocalAttachmentStore}'s base URL) is where
 * this is mounted.
 *
 * <pre>{@code
 * HttpServer server = ActionServers.create(new InetSocketAddress("127.0.0.1", 8080), 16);
 * ActionEndpoint.of(chatKit).mountOn(server, "/chatkit");
 * AttachmentEndpoint.of(chatKit).mountOn(server, "/chatkit/attachments/");
 * }</pre>
 *
 * <p>{@code PUT <path><id>} keeps the request's body as the attachment's bytes ({@code 204}); a body
 * over {@link ChatKitServer#maxAttachmentBytes()} is {@code 413 request_too_large}, refused on its
 * {@code Content-Length} before a byte is read, or as soon as it passes the limit, and nothing is
 * kept. {@code GET <path><id>} sends the bytes under the headers of {@link AttachmentDownload}. An
 * attachment that does not exist, or has no bytes yet, is {@code 404 not_found}; another method is
 * {@code 405 method_not_allowed}; a failure of the store or of the context function is {@code 500
 * internal_error}, logged under the request's id, which the answer carries in {@code
 * X-Request-Id}. Errors are JSON, as {@code ActionEndpoint} writes them.
 *
 * <p>An exchange runs where the server runs it: on a server from {@code ActionServers.create}, on a
 * connection thread, so a slow upload never holds a worker. Immutable and thread-safe.
 */
public final class AttachmentEndpoint implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(AttachmentEndpoint.class.getName());
  private static final String ALLOW = "GET, HEAD, PUT, OPTIONS";
  private static final String JSON = "application/json; charset=utf-8";

  private final ChatKitServer server;
  private final Function<? super HttpExchange, ActionContext> contexts;

  private AttachmentEndpoint(ChatKitServer server, Function<? super HttpExchange, ActionContext> contexts) {
    this.server = server;
    this.contexts = contexts;
  }

  /** An endpoint that passes the server an empty context. */
  public static AttachmentEndpoint of(ChatKitServer server) {
    return new AttachmentEndpoint(Objects.requireNonNull(server, "server"), exchange -> ActionContext.empty());
  }

  /**
   * A copy that builds each request's context from its exchange, as the ChatKit endpoint's does: a
   * store that keeps each user's attachments apart reads the user from it.
   */
  public AttachmentEndpoint withContext(Function<? super HttpExchange, ActionContext> contexts) {
    return new AttachmentEndpoint(server, Objects.requireNonNull(contexts, "contexts"));
  }

  /**
   * Serves attachments below {@code path}, which ends with {@code /}: an attachment's address is
   * {@code path} followed by its id. Returns the server's context, where filters and an
   * authenticator can be added.
   */
  public HttpContext mountOn(HttpServer httpServer, String path) {
    if (!path.startsWith("/") || !path.endsWith("/")) {
      throw new IllegalArgumentException("An attachment path starts and ends with '/', such as /chatkit/attachments/;"
          + " this one was \"" + path + "\"");
    }
    return httpServer.createContext(path, this);
  }

  @Override
  public void handle(HttpExchange exchange) {
    try {
      String id = attachmentId(exchange);
      String method = exchange.getRequestMethod();
      if (method.equals("OPTIONS")) {
        exchange.getResponseHeaders().set("Allow", ALLOW);
        reply(exchange, 204, new byte[0]);
      } else if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("PUT")) {
        error(exchange, ActionError.METHOD_NOT_ALLOWED,
            "This address takes GET and PUT requests only; this one was " + method + ".");
      } else if (id == null) {
        error(exchange, ActionError.NOT_FOUND, "No attachment is at this address.");
      } else if (method.equals("PUT")) {
        upload(exchange, id);
      } else {
        download(exchange, id);
      }
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "The client of " + describe(exchange) + " left before its answer was written", e);
      exchange.close();
    } catch (RuntimeException | Error e) {
      failed(exchange, e);
    }
  }

  private void upload(HttpExchange exchange, String id) throws IOException {
    Optional<ActionResponse> refused;
    try {
      refused = server.receiveUpload(id, declaredLength(exchange), exchange.getRequestBody(), context(exchange));
    } catch (IOException e) {
      failed(exchange, e);
      return;
    }
    if (refused.isPresent()) {
      error(exchange, refused.get());
    } else {
      reply(exchange, 204, new byte[0]);
    }
  }

  private void download(HttpExchange exchange, String id) throws IOException {
    AttachmentDownload download;
    try {
      download = server.download(id, context(exchange));
    } catch (NotFoundException e) {
      error(exchange, ActionError.NOT_FOUND, e.getMessage() + ".");
      return;
    } catch (IOException e) {
      failed(exchange, e);
      return;
    }
    try (download) {
      download.headers().forEach(exchange.getResponseHeaders()::set);
      boolean head = exchange.getRequestMethod().equals("HEAD");
      // For the JDK's server a length of 0 means chunked, and -1 no body.
      exchange.sendResponseHeaders(200, head ? -1 : 0);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          download.bytes().transferTo(out);
        }
      }
    } finally {
      exchange.close();
    }
  }

  private ActionContext context(HttpExchange exchange) {
    return Objects.requireNonNull(contexts.apply(exchange), "The context function returned null");
  }

  /** The id after the mount path: one segment, or null when there is none. */
  private static String attachmentId(HttpExchange exchange) {
    String path = exchange.getRequestURI().getPath();
    String rest = path.substring(Math.min(path.length(), exchange.getHttpContext().getPath().length()));
    return rest.isEmpty() || rest.contains("/") ? null : rest;
  }

  private static long declaredLength(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Content-Length");
    try {
      return header == null ? -1 : Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The context function or the store failed: logged under the request's id, which the answer carries. */
  private static void failed(HttpExchange exchange, Throwable e) {
    String id = RequestIds.of(exchange.getRequestHeaders().getFirst(RequestIds.HEADER));
    LOG.log(Level.ERROR, "Answering " + describe(exchange) + " (request " + id + ") failed", e);
    if (exchange.getResponseCode() != -1) {
      exchange.close();
      return;
    }
    exchange.getResponseHeaders().set(RequestIds.HEADER, id);
    try {
      error(exchange, ActionError.INTERNAL_ERROR, "The server failed to answer; it logged why.");
    } catch (IOException | RuntimeException again) {
      LOG.log(Level.DEBUG, "The internal_error answer to " + describe(exchange) + " could not be written", again);
    }
  }

  private static void error(HttpExchange exchange, ActionError error, String message) throws IOException {
    error(exchange, ActionResponse.error(error, message));
  }

  private static void error(HttpExchange exchange, ActionResponse answer) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", JSON);
    String code = answer.errorCode().orElse("");
    if (code.equals(ActionError.METHOD_NOT_ALLOWED.code())) {
      headers.set("Allow", ALLOW);
    }
    if (code.equals(ActionError.REQUEST_TOO_LARGE.code())) {
      // The rest of the body is left unread, so the connection cannot carry another request.
      headers.set("Connection", "close");
    }
    reply(exchange, answer.status(), answer.body());
  }

  private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
    try {
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      boolean bodiless = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(status, bodiless ? -1 : body.length);
      if (!bodiless) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } finally {
      exchange.close();
    }
  }

  private static String describe(HttpExchange exchange) {
    return exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
  }
}
