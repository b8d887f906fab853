package dev.widgetry.samples.gallery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code GET <prefix><entry id>}: one JSON document about an entry's types, such as the JSON
 * Schema of its record or the tool definition a model is given for it.
 */
final class DefinitionRoute implements HttpHandler {
  private final String prefix;
  private final Gallery gallery;
  private final Function<GalleryEntry, String> document;

  /**
   * @param prefix the path up to the entry id, e.g. {@code "/api/schema/"}
   * @param document the JSON text to answer for an entry
   */
  DefinitionRoute(String prefix, Gallery gallery, Function<GalleryEntry, String> document) {
    this.prefix = prefix;
    this.gallery = gallery;
    this.document = document;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Optional<GalleryEntry> entry = path.startsWith(prefix) ? gallery.entry(path.substring(prefix.length())) : Optional.empty();
    if (entry.isEmpty()) {
      HttpAnswers.notFound(exchange);
    } else if (!HttpAnswers.isRead(exchange)) {
      HttpAnswers.onlyReads(exchange);
    } else {
      HttpAnswers.json(exchange, document.apply(entry.get()).getBytes(StandardCharsets.UTF_8));
    }
  }
}
