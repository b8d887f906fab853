package dev.widgetry.samples.gallery;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.Widgets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * {@code GET /api/gallery}: every entry with its widget as it stands now, passed through the
 * gallery's middleware with the visitor's context, as the action endpoint passes its answers.
 */
final class GalleryRoute implements HttpHandler {
  static final String PATH = "/api/gallery";
  private static final JsonFactory JSON = new JsonFactory();

  private final Gallery gallery;

  GalleryRoute(Gallery gallery) {
    this.gallery = gallery;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getPath().equals(PATH)) {
      HttpAnswers.notFound(exchange);
    } else if (!HttpAnswers.isRead(exchange)) {
      HttpAnswers.onlyReads(exchange);
    } else {
      HttpAnswers.json(exchange, write(ThemePreference.context(exchange)));
    }
  }

  private byte[] write(ActionContext context) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    try (JsonGenerator out = JSON.createGenerator(bytes)) {
      out.writeStartObject();
      out.writeStringField("actionPath", GalleryServer.ACTION_PATH);
      out.writeArrayFieldStart("entries");
      for (GalleryEntry entry : gallery.entries()) {
        out.writeStartObject();
        out.writeStringField("id", entry.id());
        out.writeStringField("title", entry.title());
        out.writeStringField("summary", entry.summary());
        out.writeStringField("notes", entry.notes());
        out.writeBooleanField("wide", entry.wide());
        out.writeStringField("dataType", entry.dataType().getSimpleName());
        out.writeArrayFieldStart("actions");
        for (String type : entry.actionTypes()) {
          out.writeString(type);
        }
        out.writeEndArray();
        out.writeFieldName("widget");
        out.writeRawValue(Widgets.toJson(gallery.pipeline().apply(entry.widget().get(), context)));
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    return bytes.toByteArray();
  }
}
