package dev.widgetry.tests.http;

import static dev.widgetry.tests.http.Wire.error;
import static dev.widgetry.tests.http.Wire.header;
import static dev.widgetry.tests.http.Wire.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.http.ActionEndpoint;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The application's context function: a lookup that finds nothing attaches nothing, and one that
 * throws is answered {@code 500 internal_error} under a request id that its log line names too.
 */
class ContextFunctionTest {
  private static final String RECORD =
      "{\"action\":{\"type\":\"ledger.record\",\"payload\":{\"id\":\"c1\",\"amount\":3}}}";

  private final LedgerHandlers ledger = new LedgerHandlers(ForkJoinPool.commonPool());
  private final ActionDispatcher dispatcher = ActionDispatcher.of(ledger);
  private TestServer server;

  @BeforeEach
  void start() {
    server = new TestServer(2);
    // A session lookup that knows no clerk for this request.
    server.mount("/anonymous", ActionEndpoint.of(dispatcher)
        .withContext(exchange -> ActionContext.empty().with(Clerk.class, lookUp(exchange.getRequestHeaders().getFirst("Cookie")))));
    server.mount("/broken", ActionEndpoint.of(dispatcher).withContext(exchange -> {
      throw new IllegalStateException("the session store is down");
    }));
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static Clerk lookUp(String cookie) {
    return cookie == null ? null : new Clerk(cookie);
  }

  @Test
  void aLookupThatFindsNobodyAttachesNothing() throws Exception {
    HttpResponse<String> response = post("/anonymous", RECORD, List.of());

    assertEquals("by nobody", ok(response).get("message").asText());
    assertEquals(3, ledger.amounts().get("c1"));
  }

  @Test
  void aFailingContextFunctionIsLoggedUnderTheIdTheAnswerCarries() throws Exception {
    try (LogCapture log = LogCapture.of(ActionEndpoint.class)) {
      HttpResponse<String> first = post("/broken", RECORD, List.of());
      HttpResponse<String> second = post("/broken", RECORD, List.of());

      error(first, 500, "internal_error");
      String id = header(first, "X-Request-Id");
      assertTrue(id != null && id.matches("[0-9a-f]{16}"), id);
      assertNotEquals(id, header(second, "X-Request-Id"));
      List<LogRecord> records = log.records();
      assertEquals(2, records.size());
      assertEquals("Answering POST /broken (request " + id + ") failed", records.get(0).getMessage());
      assertEquals("the session store is down", records.get(0).getThrown().getMessage());
    }
    assertEquals(0, ledger.amounts().size());
  }

  @Test
  void theClientsOwnRequestIdIsKeptWhenItIsPlainAndShort() throws Exception {
    try (LogCapture log = LogCapture.of(ActionEndpoint.class)) {
      HttpResponse<String> plain = post("/broken", RECORD, List.of("X-Request-Id", "req-42.a_b:c"));
      HttpResponse<String> odd = post("/broken", RECORD, List.of("X-Request-Id", "two words"));
      HttpResponse<String> tooLong = post("/broken", RECORD, List.of("X-Request-Id", "x".repeat(65)));

      assertEquals("req-42.a_b:c", header(plain, "X-Request-Id"));
      assertTrue(header(odd, "X-Request-Id").matches("[0-9a-f]{16}"), header(odd, "X-Request-Id"));
      assertTrue(header(tooLong, "X-Request-Id").matches("[0-9a-f]{16}"), header(tooLong, "X-Request-Id"));
      assertEquals("Answering POST /broken (request req-42.a_b:c) failed", log.records().get(0).getMessage());
    }
  }

  private HttpResponse<String> post(String path, String json, List<String> headers) throws Exception {
    HttpRequest.Builder request = server.request(path).POST(HttpRequest.BodyPublishers.ofString(json));
    for (int i = 0; i < headers.size(); i += 2) {
      request.header(headers.get(i), headers.get(i + 1));
    }
    return server.send(request);
  }
}
