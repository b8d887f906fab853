package dev.widgetry.tests.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each request the fuzzers ({@link ActionFuzzTest}, the endpoint's) found answered against the
 * contract, kept by name, as bytes and as text, so that what was fixed stays fixed.
 */
class FuzzFoundRequestsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ActionDispatcher dispatcher = FuzzInputs.dispatcher();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      a lone high surrogate inside an action type    | `{\"action\":{\"type\":\"order.s\\ud800how\"}}`
      a lone low surrogate inside a server request   | `{\"type\":\"threads.s\\udc00ync_custom_action\",\"params\":{\"thread_id\":\"t1\",\"item_id\":\"i7\",\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\",\"quantity\":1}}}}`
      a low surrogate cut off by an escaped quote    | `{\"action\":{\"type\":\"pi\\\"}}uD83D\\uDE00ng\"}}`
      issue 11: a lone surrogate as the action type  | `{"action":{"type":"\\ud800"}}`
      issue 11: a lone surrogate in a request type   | `{"type":"threads.sync_custom_act\\udc00ion"}`
      issue 11: a type cut at 40 inside a pair       | `{"action":{"type":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\u00f0\u009f\u0098\u0080"}}`
      an exponent past int in an integer payload     | `{"s":{"action":{"payload":["x"],"type":"cart.tags"},"thread_id":"t"},"type":"threads.custom_actionnc_custom_action","params":{"thread_id":"t1","item_id":"i7","action":{"type":"cart.add","payload":{"sku":"tea","quantity":1e-21474836491}}}}`
      the same exponent in a payload read later      | `{"action":{"payload":{"sku":"tea","quantity":1e-21474836491},"type":"cart.add"}}`
      """)
  void keepsTheContract(String name, String literal) {
    byte[] request = FuzzInputs.bytes(literal);

    ActionResponse asBytes = dispatcher.handle(request, ActionContext.empty());
    ActionResponse asText = dispatcher.handle(new String(request, StandardCharsets.UTF_8), ActionContext.empty());

    assertNull(AnswerContract.violation(asBytes.status(), asBytes.contentType(), asBytes.bodyText()), name);
    assertNull(AnswerContract.violation(asText.status(), asText.contentType(), asText.bodyText()), name);
  }

  /** However a payload reader fails on a value, the value is what the client is told is wrong. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `{"action":{"type":"cart.add","payload":{"sku":"tea","quantity":1e-21474836491}}}`                          | /action/payload/quantity
      `{"action":{"payload":{"sku":"tea","quantity":1e-21474836491},"type":"cart.add"}}`                          | /action/payload/quantity
      `{"type":"threads.custom_action","params":{"action":{"payload":{"quantity":1e2147483648},"type":"cart.add"}}}` | /params/action/payload/quantity
      """)
  void aNumberItsReaderCannotHoldIsAnInvalidPayloadAtItsPointer(String request, String pointer) throws Exception {
    ActionResponse response = dispatcher.handle(request, ActionContext.empty());

    assertEquals(422, response.status(), response.bodyText());
    assertEquals(pointer, MAPPER.readTree(response.body()).at("/error/problems/0/pointer").asText(), response.bodyText());
  }
}
