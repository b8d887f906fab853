package dev.widgetry.tests.http;

import static dev.widgetry.tests.http.Wire.error;
import static dev.widgetry.tests.http.Wire.header;
import static dev.widgetry.tests.http.Wire.ok;
import static dev.widgetry.tests.http.Wire.pointers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.http.ActionEndpoint;
import dev.widgetry.tests.actions.CartHandlers;
import dev.widgetry.tests.actions.StaticHandlers;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every way a request fails over HTTP, each with its status, a JSON content type and a stable code;
 * handlers never run for a request that cannot reach them, failures show the client no details,
 * and the server goes on serving.
 */
class ActionEndpointErrorTest {
  private static final String VALID =
      "{\"action\":{\"type\":\"ledger.record\",\"payload\":{\"id\":\"e1\",\"amount\":5}}}";

  private final LedgerHandlers ledger = new LedgerHandlers(ForkJoinPool.commonPool());
  private final ActionDispatcher dispatcher = ActionDispatcher.of(ledger, new CartHandlers(), StaticHandlers.class);
  private TestServer server;

  @BeforeEach
  void start() {
    server = new TestServer(2);
    server.mount("/actions", ActionEndpoint.of(dispatcher));
    server.mount("/throwing-context", ActionEndpoint.of(dispatcher).withContext(exchange -> {
      throw new IllegalStateException("secret session token 1234");
    }));
    server.mount("/overflowing-context", ActionEndpoint.of(dispatcher).withContext(exchange -> {
      throw new StackOverflowError("secret session token 5678");
    }));
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void malformedJsonIsA400() throws Exception {
    JsonNode error = error(post("{\"action\":{\"type\":"), 400, "malformed_request");

    assertTrue(error.get("message").asText().startsWith("The body is not JSON"), error.toString());
    assertServesAfterwards();
  }

  @Test
  void bodiesThatAreNotActionRequestsAreA400() throws Exception {
    error(post(""), 400, "malformed_request");
    error(post("[1]"), 400, "malformed_request");
    error(post("{\"action\":{\"type\":7}}"), 400, "malformed_request");
    error(post("{\"type\":\"threads.create\",\"params\":{}}"), 400, "unsupported_request");
    assertServesAfterwards();
  }

  @Test
  void anUnknownActionIsA400WithASuggestion() throws Exception {
    JsonNode error = error(post("{\"action\":{\"type\":\"ledger.recrod\",\"payload\":{}}}"), 400, "unknown_action");

    assertTrue(error.get("message").asText().startsWith("No handler for action type \"ledger.recrod\". Did you mean"
        + " \"ledger.record\"?"), error.toString());
    assertServesAfterwards();
  }

  @Test
  void textUtf8CannotEncodeIsEchoedEscapedInA400NotA500() throws Exception {
    error(post("{\"action\":{\"type\":\"\\ud800\"}}"), 400, "unknown_action");
    error(post("{\"action\":{\"type\":\"" + "a".repeat(39) + "\uD83D\uDE00\"}}"), 400, "unknown_action");
    JsonNode unsupported = error(post("{\"type\":\"threads.sync_custom_act\\udc00ion\"}"), 400, "unsupported_request");

    assertTrue(unsupported.get("message").asText().startsWith("A ChatKit request of type \"threads.sync_custom_act\udc00ion\""),
        unsupported.toString());
    assertServesAfterwards();
  }

  @Test
  void anInvalidPayloadIsA422WithThePointerOfEachProblemAndNeverReachesTheHandler() throws Exception {
    JsonNode error = error(post("{\"action\":{\"type\":\"ledger.record\",\"payload\":{\"id\":\" \",\"amount\":0,"
        + "\"extra\":1}}}"), 422, "invalid_payload");

    assertEquals(List.of("/action/payload/id", "/action/payload/amount", "/action/payload/extra"), pointers(error));
    assertEquals(0, ledger.amounts().size());
    assertServesAfterwards();
  }

  @Test
  void aServerRequestWithAnInvalidPayloadIsAJsonErrorNotAStream() throws Exception {
    JsonNode error = error(post("{\"type\":\"threads.custom_action\",\"params\":{\"thread_id\":\"t\",\"action\":"
        + "{\"type\":\"ledger.record\",\"payload\":{\"id\":\"e1\"}}}}"), 422, "invalid_payload");

    assertEquals(List.of("/params/action/payload/amount"), pointers(error));
  }

  @Test
  void aHandlerThatThrowsIsA500WithoutItsDetailsAndALogLine() throws Exception {
    try (LogCapture log = LogCapture.of(ActionDispatcher.class)) {
      HttpResponse<String> thrown = post("{\"action\":{\"type\":\"cart.explode\"}}");
      HttpResponse<String> failedStage = post("{\"action\":{\"type\":\"cart.later\"}}");

      JsonNode error = error(thrown, 500, "handler_failed");
      assertEquals("The handler of action \"cart.explode\" failed; the server logged why.",
          error.get("message").asText());
      error(failedStage, 500, "handler_failed");
      for (HttpResponse<String> response : List.of(thrown, failedStage)) {
        assertShowsNoDetails(response);
      }
      List<LogRecord> records = log.records();
      assertEquals(2, records.size());
      assertEquals(Level.SEVERE, records.get(0).getLevel());
      assertEquals("secret internal detail", records.get(0).getThrown().getMessage());
      assertEquals("async secret", records.get(1).getThrown().getMessage());
    }
    assertServesAfterwards();
  }

  @Test
  void aFailureInTheEndpointItselfIsA500WithoutItsDetailsAndALogLine() throws Exception {
    for (String path : List.of("/throwing-context", "/overflowing-context")) {
      try (LogCapture log = LogCapture.of(ActionEndpoint.class)) {
        HttpResponse<String> response =
            server.send(server.request(path).POST(HttpRequest.BodyPublishers.ofString(VALID)));

        JsonNode error = error(response, 500, "internal_error");
        assertEquals("The server failed to answer; it logged why.", error.get("message").asText());
        assertShowsNoDetails(response);
        assertEquals(1, log.records().size());
        assertEquals(Level.SEVERE, log.records().get(0).getLevel());
        assertTrue(log.records().get(0).getThrown().getMessage().startsWith("secret session token"));
      }
    }
    assertEquals(0, ledger.amounts().size());
    assertServesAfterwards();
  }

  @Test
  void methodsOtherThanPostAreA405ThatSaysWhichAreAllowed() throws Exception {
    for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
      HttpRequest.BodyPublisher body = method.equals("GET") || method.equals("DELETE")
          ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(VALID);
      HttpResponse<String> response = server.send(server.request("/actions").method(method, body));

      JsonNode error = error(response, 405, "method_not_allowed");
      assertEquals("This endpoint takes POST requests only; this one was " + method + ".",
          error.get("message").asText());
      assertEquals("POST, OPTIONS", header(response, "Allow"));
    }
    assertEquals(0, ledger.amounts().size());
    assertServesAfterwards();
  }

  @Test
  void headIsA405WithoutABody() throws Exception {
    HttpResponse<String> response =
        server.send(server.request("/actions").method("HEAD", HttpRequest.BodyPublishers.noBody()));

    assertEquals(405, response.statusCode());
    assertEquals("POST, OPTIONS", header(response, "Allow"));
    assertEquals(Wire.JSON, header(response, "Content-Type"));
    assertEquals("", response.body());
    assertServesAfterwards();
  }

  @Test
  void optionsIsA204ThatSaysWhichMethodsAreAllowed() throws Exception {
    HttpResponse<String> response = server.send(server.request("/actions")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

    assertEquals(204, response.statusCode());
    assertEquals("POST, OPTIONS", header(response, "Allow"));
    assertEquals("", response.body());
  }

  /** java.net.http cannot send a broken chunked body, so this one goes over a plain socket. */
  @Test
  void aBodyThatBreaksHttpFramingIsA400() throws Exception {
    String response;
    try (Socket socket = new Socket("127.0.0.1", server.uri("/").getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /actions HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "not-a-chunk-size\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      socket.shutdownOutput();
      response = readAll(socket.getInputStream());
    }

    assertTrue(response.startsWith("HTTP/1.1 400 "), response);
    assertTrue(response.contains("\"code\":\"malformed_request\""), response);
    assertEquals(0, ledger.amounts().size());
    assertServesAfterwards();
  }

  @Test
  void aRunOfBadRequestsLeavesTheServerServing() throws Exception {
    for (int i = 0; i < 20; i++) {
      error(post("{"), 400, "malformed_request");
      error(post("{\"action\":{\"type\":\"nope\"}}"), 400, "unknown_action");
      error(post("{\"action\":{\"type\":\"ledger.record\",\"payload\":{\"id\":\"x\",\"amount\":-1}}}"), 422,
          "invalid_payload");
      error(server.send(server.request("/actions").GET()), 405, "method_not_allowed");
    }
    assertServesAfterwards();
  }

  private HttpResponse<String> post(String json) throws Exception {
    return server.post("/actions", json);
  }

  private void assertServesAfterwards() throws Exception {
    JsonNode answer = ok(server.post("/actions", "{\"action\":{\"type\":\"ledger.echo\",\"payload\":\"still here\"}}"));
    assertEquals("echo still here", answer.get("widget").get("children").get(0).get("value").asText());
  }

  private static void assertShowsNoDetails(HttpResponse<String> response) {
    String body = response.body();
    for (String detail : List.of("secret", "Exception", "\tat ", "dev.widgetry", "CartHandlers")) {
      assertFalse(body.contains(detail), body);
    }
  }

  private static String readAll(InputStream in) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
