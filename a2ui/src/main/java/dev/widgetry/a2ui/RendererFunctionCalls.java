package dev.widgetry.a2ui;

import dev.widgetry.runtime.ActionContext;
import java.lang.System.Logger.Level;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * The agent's {@link CallRendererFunction}s still waiting for their renderer's answer, in this
 * process: {@link #expect} gives the future of a call's {@link RendererFunctionResponse}, and,
 * given to the dispatcher as its {@link A2uiFunctionResponseHook}, this completes it when the
 * response arrives.
 *
 * <pre>{@code
 * RendererFunctionCalls calls = RendererFunctionCalls.withCapacity(1000);
 * ActionDispatcher dispatcher = ActionDispatcher.of(new OrderHandlers())
 *     .withHook(A2uiFunctionResponseHook.class, calls);
 * CallRendererFunction call = CallRendererFunction.of("width-1", ...);
 * CompletableFuture<RendererFunctionResponse> answer = calls.expect(call).orTimeout(30, TimeUnit.SECONDS);
 * }</pre>
 *
 * <p>It is bounded: a call waits until its response arrives, its future is completed or cancelled
 * by the caller (a timeout, say), or {@code capacity} newer calls wait, when the oldest is cancelled
 * to make room. It suits a server of one instance; behind a load balancer the response may reach
 * another instance, and the calls belong in the store the agent keeps its conversations in, with an
 * {@link A2uiFunctionResponseHook} of the application's own. A response to no waiting call (late,
 * or sent twice) is logged and answered as any other.
 */
public final class RendererFunctionCalls implements A2uiFunctionResponseHook {
  private static final System.Logger LOG = System.getLogger(RendererFunctionCalls.class.getName());

  private final int capacity;
  /** The waiting calls by id, oldest first; guarded by {@code this}. */
  private final Map<String, CompletableFuture<RendererFunctionResponse>> waiting = new LinkedHashMap<>();

  private RendererFunctionCalls(int capacity) {
    this.capacity = capacity;
  }

  /** Calls that wait for their answer, at most {@code capacity} at a time. */
  public static RendererFunctionCalls withCapacity(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity is at least 1, not " + capacity);
    }
    return new RendererFunctionCalls(capacity);
  }

  /**
   * The future of {@code call}'s response, which the agent is about to send: completed with the
   * renderer's value or error when it arrives, cancelled when {@code capacity} newer calls wait.
   * Completing or cancelling it stops the wait.
   *
   * @throws IllegalStateException when a call of the same id is waiting
   */
  public CompletableFuture<RendererFunctionResponse> expect(CallRendererFunction call) {
    String id = call.functionCallId();
    CompletableFuture<RendererFunctionResponse> answer = new CompletableFuture<>();
    CompletableFuture<RendererFunctionResponse> evicted = null;
    synchronized (this) {
      if (waiting.containsKey(id)) {
        throw new IllegalStateException("A call of id \"" + id + "\" is waiting for its answer already; give each"
            + " call an id of its own");
      }
      if (waiting.size() == capacity) {
        Iterator<CompletableFuture<RendererFunctionResponse>> oldest = waiting.values().iterator();
        evicted = oldest.next();
        oldest.remove();
      }
      waiting.put(id, answer);
    }
    if (evicted != null) {
      evicted.completeExceptionally(new CancellationException(
          "No answer came before " + capacity + " newer renderer function calls were waiting"));
    }
    answer.whenComplete((response, failure) -> forget(id, answer));
    return answer;
  }

  /** How many calls wait for their answer. */
  public synchronized int waiting() {
    return waiting.size();
  }

  /** Completes the waiting call the response answers. */
  @Override
  public void onResponse(RendererFunctionResponse response, ActionContext context) {
    CompletableFuture<RendererFunctionResponse> answer;
    synchronized (this) {
      answer = waiting.remove(response.functionCallId());
    }
    if (answer == null) {
      LOG.log(Level.WARNING, "A renderer answered function call \"" + response.functionCallId() + "\", which no"
          + " call waits for: it came late, twice, or to another instance of the server");
      return;
    }
    // Outside the lock: what the caller chained to the future runs here.
    answer.complete(response);
  }

  private synchronized void forget(String id, CompletableFuture<RendererFunctionResponse> answer) {
    waiting.remove(id, answer);
  }
}
