package dev.widgetry.samples.gallery;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.widgetry.a2ui.A2ui;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The gallery's A2UI surfaces, each drawn from its handlers' current state:
 *
 * <pre>
 * GET /api/a2ui        {"renderer": whether the page can load @a2ui/lit, "actionPath", "surfaces": {id: [messages]}}
 * GET /api/a2ui/{id}   the entry's surface as a JSON array of messages (createSurface, updateComponents, updateDataModel)
 * </pre>
 */
final class A2uiRoute implements HttpHandler {
  static final String PATH = "/api/a2ui";
  private static final JsonFactory JSON = new JsonFactory();

  private final Gallery gallery;
  private final boolean renderer;

  A2uiRoute(Gallery gallery, boolean renderer) {
    this.gallery = gallery;
    this.renderer = renderer;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (!HttpAnswers.isRead(exchange)) {
      HttpAnswers.onlyReads(exchange);
    } else if (path.equals(PATH)) {
      HttpAnswers.json(exchange, all());
    } else {
      Optional<GalleryEntry> entry = path.startsWith(PATH + "/")
          ? gallery.entry(path.substring(PATH.length() + 1)).filter(found -> found.surface() != null)
          : Optional.empty();
      if (entry.isEmpty()) {
        HttpAnswers.notFound(exchange);
      } else {
        HttpAnswers.json(exchange, A2ui.toJsonArray(entry.get().surface().get().messages()).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private byte[] all() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    try (JsonGenerator out = JSON.createGenerator(bytes)) {
      out.writeStartObject();
      out.writeBooleanField("renderer", renderer);
      out.writeStringField("actionPath", GalleryServer.ACTION_PATH);
      out.writeObjectFieldStart("surfaces");
      for (GalleryEntry entry : gallery.entries()) {
        if (entry.surface() != null) {
          out.writeFieldName(entry.id());
          out.writeRawValue(A2ui.toJsonArray(entry.surface().get().messages()));
        }
      }
      out.writeEndObject();
      out.writeEndObject();
    }
    return bytes.toByteArray();
  }
}
