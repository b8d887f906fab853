package dev.widgetry.runtime.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/** Creates JDK HTTP servers ready to serve {@link ActionEndpoint}s to many clients at once. */
public final class ActionServers {
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private ActionServers() {}

  /**
   * A server bound to {@code address}, not yet started, whose handlers run on {@code threads}
   * worker threads; requests beyond that wait in line. A synchronous handler holds a worker for its
   * whole run, so size the pool for the handlers' blocking work (a database call, say); a handler
   * that returns a stage holds one only until it returns the stage. Reading requests and writing
   * answers happen on connection threads, one for each client being read from or written to (up to
   * 1,000 at once; the server closes a connection beyond that), so a client slow to send its request
   * or to read its answer never holds a worker. The JDK's server waits for a request as long as its
   * client takes unless {@code sun.net.httpserver.maxReqTime} bounds it (see the README). All of these
   * are daemon threads that end when idle, so {@link HttpServer#stop} is all the cleaning up there is.
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
    server.setExecutor(new ServerThreads(server.getAddress().getPort(), threads));
    return server;
  }
}
