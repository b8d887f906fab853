package dev.widgetry.tests.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A request that names a property twice could mean either value, so every request shape refuses a
 * second one of any property, at every level the request's reader reads, as {@code
 * malformed_request} with the pointer of the second; the handler never runs.
 */
class DuplicateKeyRequestTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ADD = "\"type\":\"cart.add\"";
  private static final String TEA = "\"payload\":{\"sku\":\"tea\",\"quantity\":1}";
  private static final String RUM = "\"payload\":{\"sku\":\"rum\",\"quantity\":9}";

  private final CartHandlers cart = new CartHandlers();
  private final ActionDispatcher dispatcher = ActionDispatcher.of(cart, StaticHandlers.class);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a page action's payload          | {"action":{ADD,TEA,RUM}}                                       | /action/payload
      a payload before its type        | {"action":{TEA,RUM,ADD}}                                       | /action/payload
      a page action's other property   | {"action":{ADD,TEA,"handler":"server","handler":"client"}}     | /action/handler
      the page's action                | {"action":{ADD,TEA},"action":{"type":"cart.clear"}}            | /action
      the page's item id               | {"action":{ADD,TEA},"itemId":"w1","itemId":"w2"}               | /itemId
      a property no protocol knows     | {"x":1,"action":{ADD,TEA},"x":2}                               | /x
      a server request's type          | {"type":"threads.custom_action","type":"threads.sync_custom_action","params":{"action":{ADD,TEA}}} | /type
      a server request's params        | {"type":"threads.custom_action","params":{"action":{ADD,TEA}},"params":{}}                        | /params
      a server request's thread id     | {"type":"threads.custom_action","params":{"thread_id":"a","thread_id":"b","action":{ADD,TEA}}}   | /params/thread_id
      a server request's item id       | {"type":"threads.custom_action","params":{"item_id":"a","action":{ADD,TEA},"item_id":"b"}}       | /params/item_id
      a server request's action        | {"type":"threads.sync_custom_action","params":{"action":{ADD,TEA},"action":{ADD,TEA}}}           | /params/action
      a server request's payload       | {"type":"threads.sync_custom_action","params":{"action":{ADD,TEA,RUM}}}                          | /params/action/payload
      a payload split over two actions | {"action":{TEA},"params":{"action":{ADD,RUM}}}                                                   | /params/action/payload
      an unknown name after another    | {"x":1,"y":2,"action":{ADD,TEA},"y":3}                         | /y
      an unknown name after nine more  | {"a":0,"b":0,"c":0,"d":0,"e":0,"f":0,"g":0,"h":0,"i":0,"action":{ADD,TEA},"a":1} | /a
      a known name after unknown ones  | {"x":1,"itemId":"w1","y":2,"action":{ADD,TEA},"itemId":"w2"}   | /itemId
      a server request's unknown name  | {"type":"threads.custom_action","params":{"x":1,"action":{ADD,TEA},"y":2,"x":3}}                 | /params/x
      a second other action property   | {"action":{ADD,"handler":"server",TEA,"loadingBehavior":"auto","handler":"client"}}              | /action/handler
      an other property over two actions | {"action":{"handler":"server",TEA},"params":{"action":{ADD,"handler":"client"}}}              | /params/action/handler
      a name escaped in its pointer    | {"action":{ADD,TEA,"a/b~":1,"a/b~":2}}                         | /action/a~1b~0
      """)
  void aSecondPropertyIsMalformedAndTheHandlerNeverRuns(String what, String template, String pointer) throws Exception {
    String body = template.replace("ADD", ADD).replace("TEA", TEA).replace("RUM", RUM);

    for (ActionResponse response : both(body)) {
      JsonNode error = error(response, "malformed_request");
      assertEquals(pointer, error.get("problems").get(0).get("pointer").asText(), error.toString());
    }
    assertTrue(cart.cart.isEmpty(), cart.cart.toString());
    assertEquals(0, cart.cleared.get());
  }

  @Test
  void theMessageNamesThePropertyAndWhereItsSecondValueStarts() throws Exception {
    JsonNode error = error(dispatcher.handle("{\"action\":{" + ADD + "," + TEA + "," + RUM + "}}", ActionContext.empty()),
        "malformed_request");

    // Column 77 is where the second payload's value starts.
    assertEquals("The body is not an action request: At /action/payload (line 1, column 77): expected each property"
        + " once, found \"payload\" a second time.", error.get("message").asText());
  }

  @Test
  void aPageActionBesideAServerRequestIsMalformed() throws Exception {
    JsonNode withType = error(dispatcher.handle("{\"type\":\"threads.custom_action\",\"action\":{" + ADD + "," + TEA + "}}",
        ActionContext.empty()), "malformed_request");
    JsonNode withParams = error(dispatcher.handle("{\"action\":{\"type\":\"cart.clear\"},\"params\":{\"thread_id\":\"t\"}}",
        ActionContext.empty()), "malformed_request");

    assertEquals("either a page's {\"action\": {...}} or a ChatKit server request",
        withType.get("problems").get(0).get("expected").asText());
    assertEquals("both", withParams.get("problems").get(0).get("found").asText());
    assertTrue(cart.cart.isEmpty());
    assertEquals(0, cart.cleared.get());
  }

  @Test
  void distinctPropertiesOfTheSameNameInDifferentObjectsAreFine() {
    ActionResponse response = dispatcher.handle("{\"type\":\"threads.sync_custom_action\",\"params\":{\"type\":\"x\","
        + "\"item_id\":\"i\",\"action\":{" + ADD + "," + TEA + ",\"handler\":{\"type\":1,\"item_id\":2}}}}",
        ActionContext.empty());

    assertEquals(200, response.status(), response.bodyText());
    assertEquals(1, cart.cart.get("tea"));
  }

  /** The answers to the body given as text and as bytes. */
  private ActionResponse[] both(String body) {
    return new ActionResponse[] {
      dispatcher.handle(body, ActionContext.empty()),
      dispatcher.handle(body.getBytes(StandardCharsets.UTF_8), ActionContext.empty())
    };
  }

  private static JsonNode error(ActionResponse response, String code) throws Exception {
    assertEquals(400, response.status(), response.bodyText());
    assertEquals(code, response.errorCode().orElseThrow());
    return MAPPER.readTree(response.body()).get("error");
  }
}
