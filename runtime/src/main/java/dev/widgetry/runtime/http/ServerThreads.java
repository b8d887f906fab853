package dev.widgetry.runtime.http;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of a server from {@link ActionServers}. The JDK's server hands this executor each
 * exchange and reads the request on the thread it gets, blocking until the client has sent it; so
 * exchanges run on connection threads, made when none is free (up to {@link #MAX_CONNECTIONS}) and
 * ended after idling, which also write the answers. Handlers run on a fixed set of workers that
 * never read from or write to a client: a client slow to send (or one refused with its body
 * unread, which the JDK drains before it closes) holds a connection thread, never a worker.
 */
final class ServerThreads implements Executor {
  /** Connections served at once; the JDK's server closes a connection it cannot hand to a thread. */
  static final int MAX_CONNECTIONS = 1000;
  private static final long IDLE_SECONDS = 30;

  private final ThreadPoolExecutor connections;
  private final ThreadPoolExecutor workers;

  ServerThreads(int port, int workerCount) {
    connections = new ThreadPoolExecutor(0, MAX_CONNECTIONS, IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(),
        new Named("widgetry-http-" + port + "-io-"));
    workers = new ThreadPoolExecutor(workerCount, workerCount, IDLE_SECONDS, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), new Named("widgetry-http-" + port + "-"));
    workers.allowCoreThreadTimeOut(true);
  }

  /** Runs an exchange of the JDK's server on a connection thread. */
  @Override
  public void execute(Runnable exchange) {
    connections.execute(exchange);
  }

  /** Runs a handler's call on a worker; requests beyond the workers wait in line. */
  void handle(Runnable call) {
    workers.execute(call);
  }

  /**
   * Writes an answer on a connection thread; when every one is taken, on the calling thread, which
   * an answer of a few kilobytes does not hold up.
   */
  void write(Runnable write) {
    try {
      connections.execute(write);
    } catch (RejectedExecutionException e) {
      write.run();
    }
  }

  /** Daemon threads named after the server's port, so a thread dump says what they serve. */
  private static final class Named implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    Named(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
