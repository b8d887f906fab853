package dev.widgetry.tests.http;

import static dev.widgetry.tests.http.Wire.json;
import static dev.widgetry.tests.http.Wire.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.http.ActionEndpoint;
import dev.widgetry.tests.actions.StaticHandlers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A handler's pending stage holds no server thread: one worker serves others while it waits. */
class SlowHandlerTest {

  /** The timeout only turns a hang (a blocked worker) into a failure; nothing here is timed. */
  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void anotherRequestIsAnsweredWhileAnAsynchronousHandlerWaits() throws Exception {
    GatedHandlers gated = new GatedHandlers();
    try (TestServer server = new TestServer(1)) {
      server.mount("/actions", ActionEndpoint.of(ActionDispatcher.of(gated, StaticHandlers.class)));
      server.start();

      CompletableFuture<HttpResponse<String>> waiting = server.client().sendAsync(server.request("/actions")
          .POST(HttpRequest.BodyPublishers.ofString("{\"action\":{\"type\":\"gate.wait\"}}")).build(),
          HttpResponse.BodyHandlers.ofString());
      gated.called.await();

      assertEquals("none", ok(server.post("/actions", "{\"action\":{\"type\":\"ping\"}}")).get("result").asText());
      assertFalse(waiting.isDone());

      gated.gate.complete("opened");
      assertEquals(json("{\"result\":\"replace\",\"widget\":{\"type\":\"Card\",\"children\":[{\"type\":\"Text\","
          + "\"value\":\"opened\"}]}}"), ok(waiting.get()));
    }
  }
}
