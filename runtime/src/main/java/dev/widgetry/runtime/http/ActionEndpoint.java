package dev.widgetry.runtime.http;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.RequestHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Serves an {@link ActionDispatcher}, or any other {@link RequestHandler} (a ChatKit server, say),
 * over HTTP on the JDK's own server ({@code com.sun.net.httpserver}). It takes {@code POST}s whose
 * body is a request in any shape the handler reads, and answers with the handler's response: its
 * status, its content type and its body, sent chunked as it is produced when it is a stream.
 *
 * <pre>{@code
 * HttpServer server = ActionServers.create(new InetSocketAddress("127.0.0.1", 8080), 16);
 * ActionEndpoint.of(ActionDispatcher.of(new CartHandlers()))
 *     .withContext(exchange -> ActionContext.empty().with(User.class, users.of(exchange)))
 *     .mountOn(server, "/api/widget-action");
 * server.start();
 * }</pre>
 *
 * <p>What never reaches the dispatcher gets the dispatcher's structured JSON error: a method other
 * than {@code POST} is {@code 405 method_not_allowed} with an {@code Allow} header ({@code OPTIONS}
 * gets {@code 204} and the header); a body over {@link ActionDispatcher#maxBodyBytes()} is {@code 413
 * request_too_large}, refused on its {@code Content-Length} before a byte is read, or after one byte
 * past the limit when it comes chunked; a body that breaks HTTP framing is {@code 400
 * malformed_request}; and anything that fails in the endpoint itself, such as the context function,
 * is {@code 500 internal_error} and a log line, never a stack trace: the log line names the
 * request's id (its own {@code X-Request-Id} when plain and short, else a random one), which the
 * answer carries in that header, so a client's report leads to the log line. Every answer carries {@code
 * Cache-Control: no-store}. The request's content type is not checked: pages often post JSON as
 * {@code text/plain} to avoid a CORS preflight.
 *
 * <p>On a server from {@link ActionServers#create}, the request is read and its answer written on
 * a connection thread, and the handler runs on a worker, so a slow client never holds a worker; a
 * handler that returns a stage frees its worker at once, and its answer is written when the stage
 * completes. On a server of one's own, everything runs on the server's executor (the JDK's server
 * runs every exchange on its single dispatcher thread unless it is given one: call {@link
 * HttpServer#setExecutor} before starting it, and, on JDK 17 to 22, start the JVM with {@code
 * -Dsun.net.httpserver.nodelay=true}, for the reason {@link ActionServers#create} gives); there, a
 * client slow to send holds one of its threads. Either way, bound how long a client may take to
 * send its request with the JDK's {@code sun.net.httpserver.maxReqTime} system property (seconds),
 * after which the JDK's server closes the connection.
 *
 * <p>Immutable and thread-safe; one endpoint may be mounted on several servers.
 */
public final class ActionEndpoint implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(ActionEndpoint.class.getName());

  private final RequestHandler dispatcher;
  private final Function<? super HttpExchange, ActionContext> contexts;

  private ActionEndpoint(RequestHandler dispatcher, Function<? super HttpExchange, ActionContext> contexts) {
    this.dispatcher = dispatcher;
    this.contexts = contexts;
  }

  /** An endpoint that passes every handler an empty context. */
  public static ActionEndpoint of(RequestHandler dispatcher) {
    return new ActionEndpoint(Objects.requireNonNull(dispatcher, "dispatcher"), exchange -> ActionContext.empty());
  }

  /**
   * A copy that builds each request's context from its exchange: attach the user, a locale or
   * permissions read from headers and cookies; a lookup that finds nothing may be attached as null
   * ({@link ActionContext#with} leaves it absent). Called once per request, after the body is read
   * and before the handler runs; when it throws or returns null, the request is answered {@code 500
   * internal_error} and the failure is logged under the request's id. The endpoint adds the
   * request's {@code Accept} header to what it returns ({@link ActionContext#accept}).
   */
  public ActionEndpoint withContext(Function<? super HttpExchange, ActionContext> contexts) {
    return new ActionEndpoint(dispatcher, Objects.requireNonNull(contexts, "contexts"));
  }

  /**
   * Serves this endpoint at {@code path} (and, as the JDK's server matches contexts, below it).
   * Returns the server's context, where filters and an authenticator can be added.
   */
  public HttpContext mountOn(HttpServer server, String path) {
    return server.createContext(path, this);
  }

  @Override
  public void handle(HttpExchange exchange) {
    try {
      String method = exchange.getRequestMethod();
      if (method.equals("POST")) {
        dispatch(exchange);
      } else if (method.equals("OPTIONS")) {
        Replies.allowed(exchange);
      } else {
        Replies.error(exchange, ActionError.METHOD_NOT_ALLOWED,
            "This endpoint takes POST requests only; this one was " + method + ".");
      }
    } catch (IOException e) {
      clientLeft(exchange, e);
    } catch (RuntimeException | Error e) {
      // Errors too: the JDK's server would close the connection unanswered and log them only at TRACE.
      failed(exchange, e);
    }
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    int limit = dispatcher.maxBodyBytes();
    long declared = RequestBody.declaredLength(exchange);
    if (declared > limit) {
      Replies.error(exchange, ActionError.REQUEST_TOO_LARGE,
          "The body has " + declared + " bytes; this endpoint accepts at most " + limit + ".");
      return;
    }
    byte[] body;
    try {
      body = RequestBody.readAtMost(exchange.getRequestBody(), limit);
    } catch (IOException e) {
      unreadable(exchange, e);
      return;
    }
    if (body == null) {
      Replies.error(exchange, ActionError.REQUEST_TOO_LARGE,
          "The body has more than " + limit + " bytes; this endpoint accepts at most " + limit + ".");
      return;
    }
    ExchangeThreads threads = ExchangeThreads.of(exchange);
    threads.call(() -> call(exchange, body, threads));
  }

  /** Builds the context and dispatches; the answer, or the failure, is written where {@code threads} say. */
  private void call(HttpExchange exchange, byte[] body, ExchangeThreads threads) {
    CompletionStage<ActionResponse> answer;
    try {
      ActionContext context = Objects.requireNonNull(contexts.apply(exchange), "The context function returned null");
      String accept = exchange.getRequestHeaders().getFirst("Accept");
      answer = dispatcher.dispatch(body, accept == null ? context : context.withAccept(accept));
    } catch (RuntimeException | Error e) {
      threads.write(() -> failed(exchange, e));
      return;
    }
    answer.whenComplete((response, failure) -> threads.write(() -> reply(exchange, response, failure)));
  }

  private static void reply(HttpExchange exchange, ActionResponse response, Throwable failure) {
    if (failure != null) {
      failed(exchange, failure);
      return;
    }
    try {
      Replies.send(exchange, response);
    } catch (IOException e) {
      clientLeft(exchange, e);
    } catch (RuntimeException | Error e) {
      failed(exchange, e);
    }
  }

  /** Writing failed: the client is gone, and {@link Replies} has ended the exchange. */
  private static void clientLeft(HttpExchange exchange, IOException e) {
    LOG.log(Level.DEBUG, "The client of " + describe(exchange) + " left before its answer was written", e);
  }

  /** The body broke HTTP framing (a bad chunk) or the client left while sending it. */
  private static void unreadable(HttpExchange exchange, IOException e) {
    LOG.log(Level.DEBUG, "The body of " + describe(exchange) + " could not be read", e);
    answerIfStillOpen(exchange, ActionError.MALFORMED_REQUEST, "The body could not be read to its end.");
  }

  /** The endpoint itself failed: logged under the request's id, which the answer carries. */
  private static void failed(HttpExchange exchange, Throwable e) {
    String id = RequestIds.of(exchange);
    LOG.log(Level.ERROR, "Answering " + describe(exchange) + " (request " + id + ") failed", e);
    exchange.getResponseHeaders().set(RequestIds.HEADER, id);
    answerIfStillOpen(exchange, ActionError.INTERNAL_ERROR, "The server failed to answer; it logged why.");
  }

  private static void answerIfStillOpen(HttpExchange exchange, ActionError error, String message) {
    if (exchange.getResponseCode() != -1) {
      exchange.close();
      return;
    }
    try {
      Replies.error(exchange, error, message);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.DEBUG, "The " + error.code() + " answer to " + describe(exchange) + " could not be written", e);
    }
  }

  private static String describe(HttpExchange exchange) {
    return exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
  }
}
