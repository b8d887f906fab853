package dev.widgetry.runtime;

import dev.widgetry.runtime.internal.ActionProtocols;
import dev.widgetry.runtime.internal.Registries;
import dev.widgetry.runtime.internal.ToolCalls;
import dev.widgetry.runtime.spi.ActionCall;
import dev.widgetry.runtime.spi.ActionFailure;
import dev.widgetry.runtime.spi.ActionProtocol;
import dev.widgetry.runtime.spi.ActionRoute;
import dev.widgetry.runtime.spi.ActionRoutes;
import dev.widgetry.runtime.spi.ActionTable;
import dev.widgetry.runtime.spi.AnswerPipelines;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Takes action requests (JSON) and calls the {@code @OnAction} methods they name, through the
 * dispatch tables the processor generated: no reflection. The request shapes it reads and the
 * answers it writes come from the protocol modules on the class path, each found through
 * {@link java.util.ServiceLoader}: {@code widgetry-chatkit} reads the body a ChatKit page forwards
 * ({@code {"action": {"type", "payload"}, "itemId"}}) and ChatKit's {@code threads.custom_action}
 * and {@code threads.sync_custom_action} requests; {@code widgetry-a2ui} reads an A2UI renderer's
 * {@code {"version": "v0.9", "action": {...}}} and {@code "error"} messages, a v1.0 renderer's
 * {@code "callAgentFunction"} (the function's name is the action type) and the actions CopilotKit
 * forwards; each request is answered in its own protocol's terms, and one dispatch table serves them
 * all. A request that cannot reach its handler
 * (malformed, unknown type, invalid payload, too large) gets a structured error and the handler is
 * never called; a handler that throws, or returns a stage that does not complete in time, gets an
 * error response and a log line, never a stack trace to the client.
 *
 * <p>Immutable and thread-safe; build one at start-up and share it.
 */
public final class ActionDispatcher implements RequestHandler {
  private static final System.Logger LOG = System.getLogger(ActionDispatcher.class.getName());
  private static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
  private static final Duration DEFAULT_HANDLER_TIMEOUT = Duration.ofSeconds(30);

  private final Map<String, ActionRoute> routes;
  private final ActionProtocols protocols;
  private final Settings settings;
  private final ActionRoutes readable;
  /** Made on the first tool call: a dispatcher that only takes requests needs none. */
  private volatile ToolCalls tools;

  /** What the {@code with...} methods set; a dispatcher copies it to change one. */
  private record Settings(ParseOptions options, int maxBodyBytes, Duration handlerTimeout, AnswerPipelines middleware) {}

  private ActionDispatcher(Map<String, ActionRoute> routes, ActionProtocols protocols, Settings settings) {
    this.routes = routes;
    this.protocols = protocols;
    this.settings = settings;
    this.readable = new ActionRoutes(routes, settings.options());
  }

  /**
   * A dispatcher for the {@code @OnAction} methods of these handlers. Pass an instance, or the
   * {@code Class} itself when all of its handler methods are static.
   *
   * @throws IllegalArgumentException when a handler has no generated table, needs an instance, or
   *     claims an action type another handler claims too, or one whose tool name another's has
   */
  public static ActionDispatcher of(Object... handlers) {
    Map<String, ActionRoute> routes = new LinkedHashMap<>();
    Map<String, ActionRoute> tools = new HashMap<>();
    for (Object handler : handlers) {
      Objects.requireNonNull(handler, "handler");
      Class<?> type = handler instanceof Class ? (Class<?>) handler : handler.getClass();
      Object instance = handler instanceof Class ? null : handler;
      ActionTable table = Registries.actions(type);
      if (table == null) {
        throw new IllegalArgumentException(type.getName() + " has no generated action table: give it @OnAction"
            + " methods and compile it with widgetry-processor. (Local and anonymous classes are invisible to"
            + " annotation processing; declare handlers in top-level or static nested classes.) If it has them, "
            + dev.widgetry.runtime.internal.MissingGeneratedCode.LIKELY_CAUSES);
      }
      for (String action : table.actions().keySet()) {
        ActionRoute route = new ActionRoute(action, table, instance);
        if (instance == null && table.needsInstance(action)) {
          throw new IllegalArgumentException(route.method() + " is an instance method: pass a "
              + table.handlerType().getSimpleName() + " object rather than its class");
        }
        ActionRoute existing = routes.putIfAbsent(action, route);
        if (existing != null) {
          throw new IllegalArgumentException("Action type \"" + action + "\" is handled twice: by "
              + existing.method() + " and by " + route.method() + ". Each action type needs one handler");
        }
        // The processor refuses this within one compilation; handlers compiled apart meet only here.
        String tool = table.toolName(action);
        ActionRoute sameTool = tools.putIfAbsent(tool, route);
        if (sameTool != null) {
          throw new IllegalArgumentException("Action types \"" + sameTool.type() + "\" (" + sameTool.method()
              + ") and \"" + action + "\" (" + route.method() + ") are both offered to models as the tool \"" + tool
              + "\". Rename one action type");
        }
      }
    }
    ActionProtocols protocols = ActionProtocols.load(ActionDispatcher.class.getClassLoader());
    if (protocols.isEmpty()) {
      throw new IllegalStateException("No action protocol is on the class path, so no request could be read: add"
          + " widgetry-chatkit (ChatKit) or widgetry-a2ui (A2UI) to the application's dependencies");
    }
    return new ActionDispatcher(Map.copyOf(routes), protocols,
        new Settings(ParseOptions.defaults(), DEFAULT_MAX_BODY_BYTES, DEFAULT_HANDLER_TIMEOUT, AnswerPipelines.none()));
  }

  /**
   * Whether {@code type}, or a superclass of it, has {@code @OnAction} methods the processor wrote a
   * dispatch table for: whether {@link #of} takes its instances. A framework asks it to find the
   * handlers among its objects (a subclass made at run time, such as a proxy, counts as its
   * superclass) without scanning anything.
   */
  public static boolean hasHandlers(Class<?> type) {
    return Registries.actions(Objects.requireNonNull(type, "type")) != null;
  }

  /** A copy that parses payloads with these options (limits, unknown properties). */
  public ActionDispatcher withParseOptions(ParseOptions options) {
    Objects.requireNonNull(options, "options");
    return new ActionDispatcher(routes, protocols, new Settings(options, settings.maxBodyBytes(), settings.handlerTimeout(),
        settings.middleware()));
  }

  /** A copy that refuses bodies over {@code bytes} (1 MiB by default) without reading them. */
  public ActionDispatcher withMaxBodyBytes(int bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + bytes);
    }
    return new ActionDispatcher(routes, protocols, new Settings(settings.options(), bytes, settings.handlerTimeout(),
        settings.middleware()));
  }

  /**
   * A copy that answers {@code handler_failed} when the stage an asynchronous handler returned has
   * not completed within {@code timeout} (30 seconds by default), rather than hold the request open;
   * what the stage completes with later is dropped. A synchronous handler is not timed out: it runs
   * on the thread that dispatches the request, which nothing can stop from outside, and its request
   * is answered with what it returns when it returns.
   */
  public ActionDispatcher withHandlerTimeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("handlerTimeout must be positive, was " + timeout);
    }
    return new ActionDispatcher(routes, protocols, new Settings(settings.options(), settings.maxBodyBytes(), timeout,
        settings.middleware()));
  }

  /**
   * A copy that passes every answer of {@code middleware}'s kind through it, with the request's
   * context, before writing it (for ChatKit, a {@code WidgetPipeline} changes every widget a
   * handler returns); in place of any middleware set before for that kind. A middleware that throws
   * gets the answer a handler that throws gets.
   */
  public ActionDispatcher withMiddleware(AnswerMiddleware<?> middleware) {
    Objects.requireNonNull(middleware, "middleware");
    return new ActionDispatcher(routes, protocols, new Settings(settings.options(), settings.maxBodyBytes(),
        settings.handlerTimeout(), settings.middleware().with(middleware)));
  }

  /**
   * A copy that gives the protocols {@code hook} under {@code type}, for what a client reports
   * besides actions, in place of any hook set before under it: A2UI calls its {@code A2uiErrorHook}
   * with each error a renderer sends. A hook that throws gets the answer a handler that throws gets.
   */
  public <T> ActionDispatcher withHook(Class<T> type, T hook) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(hook, "hook");
    return new ActionDispatcher(routes, protocols, new Settings(settings.options(), settings.maxBodyBytes(),
        settings.handlerTimeout(), settings.middleware().withHook(type, hook)));
  }

  @Override
  public int maxBodyBytes() {
    return settings.maxBodyBytes();
  }

  /** The action types this dispatcher handles. */
  public Set<String> actionTypes() {
    return routes.keySet();
  }

  /**
   * A function-calling tool for each action, sorted by action type: a model can be offered the
   * same actions a user can click.
   */
  public List<String> toolDefinitions() {
    return routes.values().stream()
        .sorted(Comparator.comparing(ActionRoute::type))
        .map(route -> route.table().toolDefinition(route.type()))
        .collect(Collectors.toList());
  }

  /**
   * Dispatches one request. The stage completes when the handler's result (or its own stage) does;
   * it never completes exceptionally: every failure is an error response.
   */
  @Override
  public CompletionStage<ActionResponse> dispatch(byte[] body, ActionContext context) {
    return staged(respond(body, context));
  }

  /**
   * Reads a request and calls its handler: the {@link ActionResponse} when the answer is ready at
   * once, else the {@code CompletableFuture<ActionResponse>} that completes with it. No stage for
   * the first, so that {@link #handle} makes no future for a handler that answers at once.
   */
  private Object respond(byte[] body, ActionContext context) {
    Objects.requireNonNull(context, "context");
    if (body.length > settings.maxBodyBytes()) {
      return tooLarge(body);
    }
    ActionCall call;
    try {
      ActionProtocol protocol = protocols.of(body, settings.options());
      call = protocol.read(body, readable);
    } catch (ActionFailure failure) {
      return error(failure.error(), failure.getMessage(), failure.problems());
    }
    return run(call, context);
  }

  /** The refusal of a body too large: out of line, so that {@link #respond}, on every request's path, stays small. */
  private ActionResponse tooLarge(byte[] body) {
    return error(ActionError.REQUEST_TOO_LARGE,
        "The body has " + body.length + " bytes; this endpoint accepts at most " + settings.maxBodyBytes() + ".",
        List.of());
  }

  /** What {@link #respond} or {@link #run} returned, as a stage. */
  @SuppressWarnings("unchecked")
  private static CompletionStage<ActionResponse> staged(Object answer) {
    return answer instanceof ActionResponse
        ? CompletableFuture.completedFuture((ActionResponse) answer)
        : (CompletableFuture<ActionResponse>) answer;
  }

  /**
   * Dispatches a model's call of one of the {@link #toolDefinitions()}: the tool named {@code name}
   * with its {@code arguments} (JSON), as a model writes them under the tool's strict schema, maps
   * as the lists of their entries. The arguments are read with this dispatcher's options and
   * {@link ParseOptions#withMapEntryLists entry lists} on, and the call then goes as a request does:
   * to the same handler, middleware and hooks, answered as ChatKit answers the action a page
   * forwards, and refused as a request is (an unknown tool is {@code unknown_action}, arguments that
   * do not fit {@code invalid_payload} with a pointer into them). A request from a client still
   * takes a map only as an object.
   */
  public CompletionStage<ActionResponse> dispatchToolCall(String name, String arguments, ActionContext context) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(arguments, "arguments");
    Objects.requireNonNull(context, "context");
    byte[] body = arguments.getBytes(StandardCharsets.UTF_8);
    if (body.length > settings.maxBodyBytes()) {
      return CompletableFuture.completedFuture(error(ActionError.REQUEST_TOO_LARGE,
          "The arguments have " + body.length + " bytes; this endpoint accepts at most " + settings.maxBodyBytes()
              + ".", List.of()));
    }
    ActionCall call;
    try {
      call = tools().read(name, body, protocols);
    } catch (ActionFailure failure) {
      return CompletableFuture.completedFuture(error(failure.error(), failure.getMessage(), failure.problems()));
    }
    return staged(run(call, context));
  }

  private ToolCalls tools() {
    ToolCalls read = tools;
    if (read == null) {
      read = ToolCalls.of(routes, settings.options());
      tools = read;
    }
    return read;
  }

  /**
   * Calls the handler of a request read, and answers it: the answer, or the future of it when the
   * handler returned a stage (see {@link #respond}).
   */
  private Object run(ActionCall call, ActionContext context) {
    ActionContext requestContext = call.context(context);
    ActionRoute route = call.route();
    if (route == null) {
      return answer(call, requestContext, null);
    }
    Object returned;
    try {
      returned = route.table().call(route.handler(), route.type(), call.payload(), requestContext);
    } catch (Exception | StackOverflowError | LinkageError | AssertionError e) {
      // Any failure of the handler's own making; an OutOfMemoryError is the JVM's, and goes on up.
      return handlerFailed(call, requestContext, e);
    }
    if (returned instanceof CompletionStage) {
      // A copy times out, so the handler's own future is left as the handler made it.
      return ((CompletionStage<?>) returned).toCompletableFuture().copy()
          .orTimeout(settings.handlerTimeout().toMillis(), TimeUnit.MILLISECONDS)
          .handle((value, failure) ->
              failure != null ? handlerFailed(call, requestContext, failure) : answer(call, requestContext, value));
    }
    return answer(call, requestContext, returned);
  }

  /** Dispatches one request given as text. */
  public CompletionStage<ActionResponse> dispatch(String body, ActionContext context) {
    return dispatch(body.getBytes(StandardCharsets.UTF_8), context);
  }

  /** Dispatches one request and waits for its answer. */
  public ActionResponse handle(byte[] body, ActionContext context) {
    Object answer = respond(body, context);
    return answer instanceof ActionResponse ? (ActionResponse) answer : staged(answer).toCompletableFuture().join();
  }

  /** Dispatches one request given as text and waits for its answer. */
  public ActionResponse handle(String body, ActionContext context) {
    return handle(body.getBytes(StandardCharsets.UTF_8), context);
  }

  private ActionResponse answer(ActionCall call, ActionContext context, Object returned) {
    try {
      return call.answer(returned, context, settings.middleware());
    } catch (RuntimeException e) {
      if (call.route() == null) {
        LOG.log(Level.ERROR, "The hook answering a request with no handler failed", e);
        return error(ActionError.HANDLER_FAILED, "The server failed to take the report; it logged why.", List.of());
      }
      return handlerFailed(call, context, e);
    }
  }

  private ActionResponse handlerFailed(ActionCall call, ActionContext context, Throwable failure) {
    ActionRoute route = call.route();
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
    if (cause instanceof TimeoutException) {
      LOG.log(Level.ERROR, "The handler of action \"" + route.type() + "\" (" + route.method()
          + ") did not answer within " + settings.handlerTimeout());
      return call.failed(ActionError.HANDLER_FAILED, "The handler of action \"" + route.type()
          + "\" did not answer in time.", context);
    }
    LOG.log(Level.ERROR, "The handler of action \"" + route.type() + "\" (" + route.method()
        + ") failed", cause);
    return call.failed(ActionError.HANDLER_FAILED,
        "The handler of action \"" + route.type() + "\" failed; the server logged why.", context);
  }

  private static ActionResponse error(ActionError error, String message, List<ParseProblem> problems) {
    return ActionResponse.error(error, message, problems);
  }
}
