package dev.widgetry.runtime.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates JDK HTTP servers ready to serve {@link ActionEndpoint}s to many clients at once. */
public final class ActionServers {
  private static final long IDLE_SECONDS = 30;
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private ActionServers() {}

  /**
   * A server bound to {@code address}, not yet started, whose requests run on {@code threads}
   * worker threads; requests beyond that wait in line. A synchronous handler holds a worker for its
   * whole run, so size the pool for the handlers' blocking work (a database call, say); handlers
   * that return a stage hold one only while the request is read. The workers are daemon threads
   * that end when idle, so {@link HttpServer#stop} is all the cleaning up there is.
   *
   * <p>Unless the application set it, this also sets the system property {@code
   * sun.net.httpserver.nodelay} to {@code true}, which turns on {@code TCP_NODELAY} for the JDK's
   * HTTP servers: JDK 17 to 22 send an answer's headers and its body in two writes, and without it
   * every answer on a kept-alive connection waits about 40 ms for the client's delayed ACK. The JDK
   * reads the property when its first server is created; an application that creates other servers
   * first should pass {@code -Dsun.net.httpserver.nodelay=true} to the JVM instead.
   *
   * @param address where to listen, e.g. {@code new InetSocketAddress("127.0.0.1", 8080)}; port 0
   *     picks a free port, which {@link HttpServer#getAddress()} tells
   */
  public static HttpServer create(InetSocketAddress address, int threads) throws IOException {
    if (threads <= 0) {
      throw new IllegalArgumentException("threads must be positive, was " + threads);
    }
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
    HttpServer server = HttpServer.create(address, 0);
    ThreadPoolExecutor workers = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), new WorkerThreads(server.getAddress().getPort()));
    workers.allowCoreThreadTimeOut(true);
    server.setExecutor(workers);
    return server;
  }

  /** Names the workers after the server's port, so a thread dump says what they serve. */
  private static final class WorkerThreads implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    WorkerThreads(int port) {
      this.prefix = "widgetry-http-" + port + "-";
    }

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
