package dev.widgetry.samples.gallery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code GET /npm/...}: files of an installed {@code node_modules} folder, for the A2UI page's
 * import map ({@code @a2ui/lit} and what it imports, loaded as ES modules with no bundler). Only
 * scripts, JSON (web_core imports its schemas as modules), styles and fonts are served, and only
 * from inside the folder: a path with an empty, {@code .}-led, backslashed or colon segment is
 * refused before the file system is asked.
 */
final class NpmFiles implements HttpHandler {
  static final String PATH = "/npm/";
  private static final Map<String, String> TYPES = Map.of(
      "js", "text/javascript; charset=utf-8",
      "mjs", "text/javascript; charset=utf-8",
      "json", "application/json; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "woff2", "font/woff2",
      "woff", "font/woff");

  private final Path modules;

  NpmFiles(Path modules) {
    this.modules = modules.toAbsolutePath().normalize();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (!HttpAnswers.isRead(exchange)) {
      HttpAnswers.onlyReads(exchange);
      return;
    }
    String relative = exchange.getRequestURI().getPath().substring(PATH.length());
    String type = TYPES.get(relative.substring(relative.lastIndexOf('.') + 1));
    Path file = type != null && isPlain(relative) ? modules.resolve(relative).normalize() : null;
    if (file == null || !file.startsWith(modules) || !Files.isRegularFile(file)) {
      HttpAnswers.notFound(exchange);
      return;
    }
    // The packages are pinned by package-lock.json: a file at a path does not change while the app runs.
    exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
    HttpAnswers.send(exchange, 200, type, Files.readAllBytes(file));
  }

  /** Segments that are not empty, do not start with a dot and hold no backslash or colon. */
  private static boolean isPlain(String relative) {
    for (String segment : relative.split("/", -1)) {
      if (segment.isEmpty() || segment.startsWith(".") || segment.indexOf('\\') >= 0 || segment.indexOf(':') >= 0) {
        return false;
      }
    }
    return true;
  }
}
