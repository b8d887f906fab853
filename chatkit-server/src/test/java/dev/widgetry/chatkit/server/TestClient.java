package dev.widgetry.chatkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Posts requests to a server through its Java API and reads each answer through {@link Conformance}. */
final class TestClient {
  private final ChatKitServer server;
  private final ActionContext context;

  TestClient(ChatKitServer server) {
    this(server, ActionContext.empty());
  }

  TestClient(ChatKitServer server, ActionContext context) {
    this.server = server;
    this.context = context;
  }

  Answer post(String body) {
    ActionResponse response = server.handle(body, context);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      response.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Conformance.check(typeOf(body), response.status(), response.contentType(), out.toByteArray());
  }

  private static String typeOf(String body) {
    try {
      JsonNode type = ServerSchema.JSON.readTree(body).path("type");
      return type.isTextual() ? type.asText() : "";
    } catch (IOException e) {
      return "";
    }
  }
}
