package dev.widgetry.samples.gallery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The page itself: {@code index.html}, its scripts, styles and pictures, read from the classpath.
 * Only paths made of plain names are served (no {@code ..}, no hidden files, no encoded slashes
 * that decode into either), and only files of the types listed here.
 */
final class StaticFiles implements HttpHandler {
  private static final String ROOT = "/dev/widgetry/samples/gallery/web";
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml",
      "png", "image/png");
  private static final String IMPORT_MAP = "<script type=\"importmap\">";
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
    String type = isPlain(path) ? TYPES.get(path.substring(path.lastIndexOf('.') + 1)) : null;
    byte[] body = type == null ? null : read(path);
    if (body == null) {
      HttpAnswers.notFound(exchange);
      return;
    }
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    if (path.endsWith(".html")) {
      exchange.getResponseHeaders().set("Content-Security-Policy", policy(body));
      exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    }
    HttpAnswers.send(exchange, 200, type, body);
  }

  /**
   * The policy for a page: {@link #POLICY}; for a page with an inline import map (the A2UI page:
   * an import map cannot be loaded from a file), that map allowed by its hash, so no other inline
   * script runs, and inline styles, which the renderer's templates set.
   */
  private static String policy(byte[] page) {
    String html = new String(page, StandardCharsets.UTF_8);
    int start = html.indexOf(IMPORT_MAP);
    if (start < 0) {
      return POLICY;
    }
    int end = html.indexOf("</script>", start);
    String map = html.substring(start + IMPORT_MAP.length(), end);
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(map.getBytes(StandardCharsets.UTF_8));
      // Lit's templates write style attributes, which a policy without 'unsafe-inline' styles blocks.
      return POLICY + "; script-src 'self' 'sha256-" + Base64.getEncoder().encodeToString(hash) + "'"
          + "; style-src 'self' 'unsafe-inline'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  /**
   * Whether {@code path} is one or more {@code /name} segments, each of letters, digits, {@code _},
   * {@code -} and {@code .}, not starting with a dot. A loop rather than a regular expression, whose
   * repeated group recurses once per segment: a path of thousands of segments overflowed the stack.
   */
  private static boolean isPlain(String path) {
    int segmentLength = -1;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '/') {
        if (segmentLength == 0) {
          return false;
        }
        segmentLength = 0;
      } else if (segmentLength < 0 || !isNameChar(c) || (segmentLength == 0 && c == '.')) {
        return false;
      } else {
        segmentLength++;
      }
    }
    return segmentLength > 0;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
  }

  private static byte[] read(String path) throws IOException {
    try (InputStream in = StaticFiles.class.getResourceAsStream(ROOT + path)) {
      return in == null ? null : in.readAllBytes();
    }
  }
}
