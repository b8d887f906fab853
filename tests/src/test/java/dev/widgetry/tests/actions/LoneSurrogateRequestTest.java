package dev.widgetry.tests.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Text a client sends that UTF-8 cannot encode as it is (a lone surrogate, from a {@code \ud800}
 * escape or a cut between the two halves of a pair) is echoed in error answers escaped, as
 * {@code \uD800}: the answer is still written, and reads back as the text that was sent.
 */
class LoneSurrogateRequestTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final CartHandlers cart = new CartHandlers();
  private final ActionDispatcher dispatcher = ActionDispatcher.of(cart, StaticHandlers.class);

  @Test
  void anActionTypeThatIsALoneSurrogateIsAnUnknownAction() throws Exception {
    String body = "{\"action\":{\"type\":\"\\ud800\"}}";

    for (ActionResponse response : both(body)) {
      JsonNode error = error(response, 400, "unknown_action");
      assertTrue(error.get("message").asText().startsWith("No handler for action type \"\ud800\"."), error.toString());
      assertTrue(response.bodyText().contains("\"No handler for action type \\\"\\uD800\\\"."), response.bodyText());
    }
  }

  @Test
  void aSurrogateEncodedAsThreeUtf8BytesIsNotJson() throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes("{\"action\":{\"type\":\"".getBytes(StandardCharsets.US_ASCII));
    body.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    body.writeBytes("\"}}".getBytes(StandardCharsets.US_ASCII));

    JsonNode error = error(dispatcher.handle(body.toByteArray(), ActionContext.empty()), 400, "malformed_request");

    assertTrue(error.get("message").asText().startsWith("The body is not JSON"), error.toString());
  }

  @Test
  void aLongTypeIsCutBetweenCharactersNeverInsideAPair() throws Exception {
    String type = "a".repeat(39) + "\uD83D\uDE00" + "b";

    for (ActionResponse response : both("{\"action\":{\"type\":\"" + type + "\"}}")) {
      JsonNode error = error(response, 400, "unknown_action");
      assertTrue(error.get("message").asText().startsWith("No handler for action type \"" + "a".repeat(39)
          + "... (42 characters)\"."), error.toString());
    }
  }

  @Test
  void aServerRequestTypeWithALoneSurrogateIsUnsupported() throws Exception {
    for (ActionResponse response : both("{\"type\":\"threads.sync_custom_act\\udc00ion\"}")) {
      JsonNode error = error(response, 400, "unsupported_request");
      assertEquals("A ChatKit request of type \"threads.sync_custom_act\udc00ion\" has no action to dispatch: only"
          + " threads.custom_action and threads.sync_custom_action do.", error.get("message").asText());
    }
  }

  @Test
  void aLoneSurrogateInAPayloadStringReachesTheHandlerAndItsAnswer() throws Exception {
    ActionResponse response = dispatcher.handle("{\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"t\\udc00\","
        + "\"quantity\":1}}}", ActionContext.empty());

    assertEquals(200, response.status(), response.bodyText());
    assertEquals(1, cart.cart.get("t\udc00"));
    assertTrue(response.bodyText().contains("\"value\":\"t\\uDC00 x1\""), response.bodyText());
  }

  /** The answers to the body given as text and as bytes. */
  private ActionResponse[] both(String body) {
    return new ActionResponse[] {
      dispatcher.handle(body, ActionContext.empty()),
      dispatcher.handle(body.getBytes(StandardCharsets.UTF_8), ActionContext.empty())
    };
  }

  private static JsonNode error(ActionResponse response, int status, String code) throws Exception {
    assertEquals(status, response.status(), response.bodyText());
    assertEquals(code, response.errorCode().orElseThrow());
    JsonNode error = MAPPER.readTree(response.body()).get("error");
    assertEquals(code, error.get("code").asText());
    return error;
  }
}
