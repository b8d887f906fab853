package dev.widgetry.samples.gallery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The page itself: {@code index.html}, its scripts, styles and pictures, read from the classpath.
 * Only paths made of plain names are served (no {@code ..}, no hidden files, no encoded slashes
 * that decode into either), and only files of the types listed here.
 */
final class StaticFiles implements HttpHandler {
  private static final String ROOT = "/dev/widgetry/samples/gallery/web";
  private static final Pattern PLAIN_PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml",
      "png", "image/png");
  /** The page loads only what this app serves: no inline scripts, no other origin. */
  private static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
      + " frame-ancestors 'none'";

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (!HttpAnswers.isRead(exchange)) {
      HttpAnswers.onlyReads(exchange);
      return;
    }
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/")) {
      path = "/index.html";
    }
    String type = PLAIN_PATH.matcher(path).matches() ? TYPES.get(path.substring(path.lastIndexOf('.') + 1)) : null;
    byte[] body = type == null ? null : read(path);
    if (body == null) {
      HttpAnswers.notFound(exchange);
      return;
    }
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    if (path.endsWith(".html")) {
      exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
      exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    }
    HttpAnswers.send(exchange, 200, type, body);
  }

  private static byte[] read(String path) throws IOException {
    try (InputStream in = StaticFiles.class.getResourceAsStream(ROOT + path)) {
      return in == null ? null : in.readAllBytes();
    }
  }
}
