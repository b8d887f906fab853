package dev.widgetry.tests.http;

import static dev.widgetry.tests.http.Wire.error;
import static dev.widgetry.tests.http.Wire.header;
import static dev.widgetry.tests.http.Wire.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.http.ActionEndpoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The body limit over HTTP, with a limit of 1 KiB: what the endpoint reads (counted by a server
 * filter) for bodies at, over and far over the limit, with and without a {@code Content-Length}.
 */
class BodyLimitTest {
  private static final int LIMIT = 1024;
  private static final long ONE_GIB = 1L << 30;

  private final LedgerHandlers ledger = new LedgerHandlers(ForkJoinPool.commonPool());
  private final BodyCounter endpointRead = new BodyCounter();
  private TestServer server;

  @BeforeEach
  void start() {
    server = new TestServer(2);
    server.mount("/actions", ActionEndpoint.of(ActionDispatcher.of(ledger).withMaxBodyBytes(LIMIT)))
        .getFilters().add(endpointRead);
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aBodyOfExactlyTheLimitIsAccepted() throws Exception {
    byte[] body = recordRequest("at-limit", LIMIT);

    assertEquals("update", ok(send(HttpRequest.BodyPublishers.ofByteArray(body))).get("result").asText());
    assertEquals(LIMIT, endpointRead.takeCount());
    assertEquals("update", ok(send(chunked(body))).get("result").asText());
    assertEquals(LIMIT, endpointRead.takeCount());
  }

  @Test
  void aDeclaredLengthOverTheLimitIsA413BeforeAByteIsRead() throws Exception {
    HttpResponse<String> response = send(HttpRequest.BodyPublishers.ofByteArray(recordRequest("declared", 4 * LIMIT)));

    JsonNode error = error(response, 413, "request_too_large");
    assertEquals("The body has 4096 bytes; this endpoint accepts at most 1024.", error.get("message").asText());
    assertEquals("close", header(response, "Connection"));
    assertEquals(0, endpointRead.takeCount());
    assertEquals(0, ledger.amounts().size());
    assertServesAfterwards();
  }

  @Test
  void aChunkedBodyOverTheLimitIsA413AfterOneBytePastTheLimit() throws Exception {
    HttpResponse<String> response = send(chunked(recordRequest("chunked", 4 * LIMIT)));

    JsonNode error = error(response, 413, "request_too_large");
    assertEquals("The body has more than 1024 bytes; this endpoint accepts at most 1024.",
        error.get("message").asText());
    assertEquals(LIMIT + 1, endpointRead.takeCount());
    assertEquals(0, ledger.amounts().size());
    assertServesAfterwards();
  }

  @Test
  void aOneGibibyteUploadIsStoppedEarlyWithOrWithoutAContentLength() throws Exception {
    Generator declared = new Generator(ONE_GIB);
    Generator chunked = new Generator(ONE_GIB);

    sendRefused(HttpRequest.BodyPublishers.fromPublisher(
        HttpRequest.BodyPublishers.ofInputStream(() -> declared), ONE_GIB));
    assertEquals(0, endpointRead.takeCount());
    sendRefused(HttpRequest.BodyPublishers.ofInputStream(() -> chunked));
    assertEquals(LIMIT + 1, endpointRead.takeCount());

    // The client could hand over no more than what the socket buffers on both sides hold.
    assertTrue(declared.produced() < ONE_GIB / 16, declared.produced() + " bytes produced");
    assertTrue(chunked.produced() < ONE_GIB / 16, chunked.produced() + " bytes produced");
    assertEquals(0, ledger.amounts().size());
    assertServesAfterwards();
  }

  /**
   * Sends a body the server refuses unread. java.net.http stops an upload only when the server
   * closes the connection, and may then report the closed connection instead of the 413 that came
   * before it; either way the upload is over.
   */
  private void sendRefused(HttpRequest.BodyPublisher body) throws InterruptedException {
    HttpResponse<String> response;
    try {
      response = send(body);
    } catch (IOException connectionClosedWhileSending) {
      return;
    }
    error(response, 413, "request_too_large");
  }

  private HttpResponse<String> send(HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
    return server.send(server.request("/actions").POST(body));
  }

  private void assertServesAfterwards() throws Exception {
    JsonNode answer = ok(server.post("/actions", "{\"action\":{\"type\":\"ledger.echo\",\"payload\":\"still here\"}}"));
    assertEquals("echo still here", answer.get("widget").get("children").get(0).get("value").asText());
  }

  /** A valid request to record {@code id}, padded with spaces to exactly {@code length} bytes. */
  private static byte[] recordRequest(String id, int length) {
    String request = "{\"action\":{\"type\":\"ledger.record\",\"payload\":{\"id\":\"" + id + "\",\"amount\":1}}}";
    return (request + " ".repeat(length - request.length())).getBytes(StandardCharsets.UTF_8);
  }

  /** No {@code Content-Length}: java.net.http sends a body of unknown length chunked. */
  private static HttpRequest.BodyPublisher chunked(byte[] body) {
    return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
  }

  /** Makes up a body of spaces as it is read, and counts how much was read. */
  private static final class Generator extends InputStream {
    private final AtomicLong produced = new AtomicLong();
    private final long length;

    Generator(long length) {
      this.length = length;
    }

    long produced() {
      return produced.get();
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
      long left = length - produced.get();
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(count, left);
      Arrays.fill(buffer, offset, offset + n, (byte) ' ');
      produced.addAndGet(n);
      return n;
    }
  }
}
