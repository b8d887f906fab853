package dev.widgetry.tests.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.widgetry.runtime.http.ActionEndpoint;
import dev.widgetry.tests.actions.AnswerContract;
import dev.widgetry.tests.actions.FuzzInputs;
import dev.widgetry.tests.actions.RequestMutator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mutations of real action requests posted to the endpoint on 127.0.0.1, with a {@code
 * Content-Length} or chunked: every one gets an answer that keeps {@link AnswerContract}, with a
 * JSON content type for errors, and the connection is never dropped. A quarter as many inputs as
 * the dispatcher's fuzz test, each a round trip.
 */
class EndpointFuzzTest {
  private static final int SHOWN = 10;

  /** The timeout only turns a hang into a failure; nothing here is timed. */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void everyMutatedRequestOverHttpGetsAnAnswerThatKeepsTheContract() throws Exception {
    RequestMutator mutator = new RequestMutator(FuzzInputs.SEED);
    Random chunking = new Random(FuzzInputs.SEED);
    List<String> broken = new ArrayList<>();
    try (TestServer server = new TestServer(2)) {
      server.mount("/actions", ActionEndpoint.of(FuzzInputs.dispatcher()));
      server.start();

      for (int i = 0; i < FuzzInputs.COUNT / 4 && broken.size() < SHOWN; i++) {
        byte[] request = mutator.next();
        String violation = violation(server, request, chunking.nextInt(4) == 0);
        if (violation != null) {
          broken.add(FuzzInputs.literal(request) + " -> " + violation);
        }
      }
    }

    assertEquals(List.of(), broken, "seed " + FuzzInputs.SEED);
  }

  /** Each request this test found answered against the contract, kept by name. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      a lone high surrogate inside an action type   | `{\"action\":{\"type\":\"order.s\\ud800how\"}}`
      a lone low surrogate inside a server request  | `{\"type\":\"threads.s\\udc00ync_custom_action\",\"params\":{\"thread_id\":\"t1\",\"item_id\":\"i7\",\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\",\"quantity\":1}}}}`
      """)
  void foundRequestsKeepTheContract(String name, String literal) throws Exception {
    try (TestServer server = new TestServer(1)) {
      server.mount("/actions", ActionEndpoint.of(FuzzInputs.dispatcher()));
      server.start();

      assertNull(violation(server, FuzzInputs.bytes(literal), false), name);
      assertNull(violation(server, FuzzInputs.bytes(literal), true), name);
    }
  }

  private static String violation(TestServer server, byte[] request, boolean chunked) throws InterruptedException {
    HttpRequest.BodyPublisher body = chunked
        ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(request))
        : HttpRequest.BodyPublishers.ofByteArray(request);
    HttpResponse<String> response;
    try {
      response = server.send(server.request("/actions").POST(body));
    } catch (IOException e) {
      // A body the server refuses unread may still be on its way when the server closes the
      // connection after its 413, and the client may then see the closed connection instead.
      return request.length > FuzzInputs.MAX_BODY_BYTES ? null : (chunked ? "chunked: " : "") + "no answer: " + e;
    }
    String contentType = Wire.header(response, "Content-Type");
    if (response.statusCode() != 200 && !Wire.JSON.equals(contentType)) {
      return response.statusCode() + " as " + contentType;
    }
    return AnswerContract.violation(response.statusCode(), contentType, response.body());
  }
}
