package dev.widgetry.runtime.http;

import com.sun.net.httpserver.HttpExchange;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Where the endpoint runs the steps of an exchange after reading its body: the handler's call, and
 * the writing of its answer. On a server from {@link ActionServers} the call runs on a worker and
 * the answer is written on a connection thread, so no worker waits on a client. On another server
 * both run on the thread that read the request, except an answer that completes later on a
 * handler's own thread (a pool, a driver's event loop), which must not wait on a slow client
 * either: the server's executor writes it.
 */
final class ExchangeThreads {
  private final Executor calls;
  private final Executor writes;

  private ExchangeThreads(Executor calls, Executor writes) {
    this.calls = calls;
    this.writes = writes;
  }

  /** The threads for {@code exchange}, asked for on the thread that read it. */
  static ExchangeThreads of(HttpExchange exchange) {
    Executor executor = exchange.getHttpContext().getServer().getExecutor();
    if (executor instanceof ServerThreads) {
      ServerThreads threads = (ServerThreads) executor;
      return new ExchangeThreads(threads::handle, threads::write);
    }
    Thread reader = Thread.currentThread();
    return new ExchangeThreads(Runnable::run, write -> {
      if (Thread.currentThread() == reader || executor == null) {
        write.run();
      } else {
        onExecutor(executor, write);
      }
    });
  }

  void call(Runnable call) {
    calls.execute(call);
  }

  void write(Runnable write) {
    writes.execute(write);
  }

  private static void onExecutor(Executor executor, Runnable write) {
    try {
      executor.execute(write);
    } catch (RejectedExecutionException e) {
      write.run();
    }
  }
}
