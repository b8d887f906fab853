package dev.widgetry.tests.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.RequestHandler;
import dev.widgetry.runtime.http.ActionEndpoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A streamed answer goes out part by part as its writer flushes, not when it ends; a client that
 * leaves mid-stream shows up in the writer as a failed write, so it can stop.
 */
class StreamedAnswerTest {

  /** Writes one event, waits until the test has read it, then writes a second. */
  private static final class TwoEvents implements RequestHandler {
    final CountDownLatch firstRead = new CountDownLatch(1);

    @Override
    public CompletionStage<ActionResponse> dispatch(byte[] body, ActionContext context) {
      return CompletableFuture.completedFuture(ActionResponse.stream(ActionResponse.EVENT_STREAM, out -> {
        event(out, "first");
        // Held back until the client has read the first: had the first been buffered, it never is.
        event(out, await(firstRead) ? "second" : "second, after the client gave up waiting for the first");
      }));
    }

    @Override
    public int maxBodyBytes() {
      return 1024;
    }
  }

  /** Writes events until a write fails, then records the failure. */
  private static final class Endless implements RequestHandler {
    final CompletableFuture<IOException> failure = new CompletableFuture<>();

    @Override
    public CompletionStage<ActionResponse> dispatch(byte[] body, ActionContext context) {
      return CompletableFuture.completedFuture(ActionResponse.stream(ActionResponse.EVENT_STREAM, out -> {
        try {
          for (int i = 0; i < 100_000; i++) {
            event(out, "tick " + i);
            Thread.sleep(1);
          }
        } catch (IOException e) {
          failure.complete(e);
          throw e;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
    }

    @Override
    public int maxBodyBytes() {
      return 1024;
    }
  }

  @Test
  void eachFlushedPartReachesTheClientBeforeTheStreamEnds() throws Exception {
    TwoEvents handler = new TwoEvents();
    try (TestServer server = new TestServer(2)) {
      server.mount("/stream", ActionEndpoint.of(handler));
      server.start();
      HttpResponse<InputStream> response = server.client().send(
          server.request("/stream").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.ofInputStream());

      assertEquals(200, response.statusCode());
      assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
        assertEquals("data: first", lines.readLine());
        handler.firstRead.countDown();
        assertEquals("", lines.readLine());
        assertEquals("data: second", lines.readLine());
      }
    }
  }

  @Test
  void aClientThatLeavesMakesTheWriterFail() throws Exception {
    Endless handler = new Endless();
    try (TestServer server = new TestServer(2)) {
      server.mount("/stream", ActionEndpoint.of(handler));
      server.start();
      HttpResponse<InputStream> response = server.client().send(
          server.request("/stream").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        assertTrue(body.read() >= 0);
      }

      assertInstanceOf(IOException.class, handler.failure.get(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void aStreamReadWholeRunsItsWriterOnce() {
    int[] runs = {0};
    ActionResponse response = ActionResponse.stream(ActionResponse.EVENT_STREAM, out -> {
      runs[0]++;
      event(out, "only");
    });

    assertEquals("data: only\n\n", response.bodyText());
    assertEquals("data: only\n\n", response.bodyText());
    assertEquals(1, runs[0]);
  }

  private static void event(OutputStream out, String data) throws IOException {
    out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
