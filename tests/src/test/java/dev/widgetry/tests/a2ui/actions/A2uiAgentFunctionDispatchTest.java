package dev.widgetry.tests.a2ui.actions;

import static dev.widgetry.tests.a2ui.actions.ErrorBodies.json;
import static dev.widgetry.tests.a2ui.actions.ErrorBodies.pointers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.A2uiFunctionSource;
import dev.widgetry.a2ui.A2uiSource;
import dev.widgetry.a2ui.OfficialV1Schemas;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A v1.0 renderer's {@code callAgentFunction} reaches the {@code @OnAction} handler of the
 * function's name, its args read into the handler's payload type, and is answered with one {@code
 * agentFunctionResponse} under the call's id, valid by the official v1.0 {@code
 * agent_to_renderer.json} (networknt): the handler's value, or an error when the function is
 * unknown, its args do not fit, or the handler fails. The calls the tests send are checked against
 * {@code renderer_to_agent.json} with a catalog declaring the shop's functions in place of the basic
 * one, as the schemas expect of an application's catalog.
 */
class A2uiAgentFunctionDispatchTest {
  /** A catalog of the shop's functions: each called by its name, with args of an object. */
  private static final String CATALOG = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
      + "\"$id\":\"https://a2ui.org/specification/v1_0/catalog.json\",\"catalogId\":\"https://shop.example/catalog\","
      + "\"functions\":{\"shop\":{\"type\":\"object\",\"properties\":{\"call\":{\"enum\":[\"shop.quote\","
      + "\"shop.qoute\",\"shop.stock\",\"shop.greeting\",\"shop.ping\",\"shop.broken\",\"shop.messages\"]},"
      + "\"args\":{\"type\":\"object\"}},\"required\":[\"call\"]}},"
      + "\"$defs\":{\"anyFunction\":{\"$ref\":\"#/functions/shop\"}}}";

  private final ShopFunctions functions = new ShopFunctions();
  private final ActionDispatcher dispatcher = ActionDispatcher.of(new ShopHandlers(), functions);

  @Test
  void theArgsReachTheHandlerAndItsRecordIsTheValueUnderTheCallsId() {
    ActionResponse response = dispatcher.handle(call("c-1", "shop.quote",
        "{\"sku\":\"tea\",\"quantity\":3,\"giftWrap\":false}"), ActionContext.empty());

    assertEquals(200, response.status(), response.bodyText());
    assertEquals(json("[{\"version\":\"v1.0\",\"agentFunctionResponse\":{\"functionCallId\":\"c-1\","
        + "\"value\":{\"sku\":\"tea\",\"quantity\":3,\"total\":7.5}}}]"), valid(response.bodyText()));
    assertEquals(new A2uiFunctionSource("cart-1", "c-1"), A2uiFunctionSource.of(functions.lastContext).orElseThrow());
    assertTrue(A2uiSource.of(functions.lastContext).isEmpty(), "a function call is no action of a component");
  }

  @Test
  void aNumberAStringLaterAndNothingAreValuesToo() {
    assertEquals(json("7"), value(dispatcher.handle(call("n", "shop.stock", "{}"), ActionContext.empty())));
    assertEquals(json("\"Welcome back\""),
        value(dispatcher.handle(call("s", "shop.greeting", "{}"), ActionContext.empty())));
    assertEquals(json("null"), value(dispatcher.handle(call("v", "shop.ping", "{}"), ActionContext.empty())));
  }

  @Test
  void aCallWithoutArgsReachesAHandlerThatTakesNone() {
    String body = "{\"version\":\"v1.0\",\"callAgentFunction\":{\"surfaceId\":\"cart-1\",\"functionCallId\":\"x\","
        + "\"callFunction\":{\"call\":\"shop.stock\"}}}";

    assertEquals(json("7"), value(dispatcher.handle(request(body), ActionContext.empty())));
  }

  @Test
  void argsBeforeTheNameAreReadOnceTheNameIsKnown() {
    String body = "{\"callAgentFunction\":{\"callFunction\":{\"args\":{\"sku\":\"tea\",\"quantity\":1,"
        + "\"giftWrap\":true},\"call\":\"shop.quote\"},\"functionCallId\":\"late\",\"surfaceId\":\"cart-1\"},"
        + "\"version\":\"v1.0\"}";

    assertEquals(json("{\"sku\":\"tea\",\"quantity\":1,\"total\":2.5}"),
        value(dispatcher.handle(request(body), ActionContext.empty())));
  }

  @Test
  void anUnknownFunctionIsAnsweredUnderItsIdNamingTheClosest() {
    JsonNode error = functionError(dispatcher.handle(call("u", "shop.qoute", "{}"), ActionContext.empty()), "u");

    assertEquals("unknown_action", error.get("code").asText());
    assertTrue(error.get("message").asText().startsWith("No handler for action type \"shop.qoute\". Did you mean"
        + " \"shop.quote\"?"), error.toString());
  }

  @Test
  void argsThatDoNotFitAreAnsweredUnderTheCallsIdWithEveryPointer() {
    JsonNode error = functionError(dispatcher.handle(call("bad", "shop.quote",
        "{\"sku\":\"\",\"quantity\":0,\"giftWrap\":false}"), ActionContext.empty()), "bad");

    assertEquals("invalid_payload", error.get("code").asText());
    String message = error.get("message").asText();
    assertTrue(message.startsWith("The payload of action \"shop.quote\" is not valid: At"
        + " /callAgentFunction/callFunction/args/sku"), message);
    assertTrue(message.contains("At /callAgentFunction/callFunction/args/quantity"), message);
  }

  @Test
  void aHandlerThatFailsIsAnsweredUnderTheCallsIdAndTellsNoSecret() {
    JsonNode error = functionError(dispatcher.handle(call("f", "shop.broken", "{}"), ActionContext.empty()), "f");

    assertEquals(json("{\"code\":\"handler_failed\",\"message\":\"The handler of action \\\"shop.broken\\\" failed;"
        + " the server logged why.\"}"), error);
  }

  @Test
  void serverMessagesAreNoFunctionsValue() {
    JsonNode error = functionError(dispatcher.handle(call("m", "shop.messages", "{}"), ActionContext.empty()), "m");

    assertEquals("handler_failed", error.get("code").asText());
  }

  @Test
  void jsonLinesAndServerSentEventsCarryTheResponse() {
    ActionResponse lines = dispatcher.handle(call("l", "shop.stock", "{}"),
        ActionContext.empty().withAccept("application/jsonl"));
    ActionResponse events = dispatcher.handle(call("e", "shop.broken", "{}"),
        ActionContext.empty().withAccept("text/event-stream"));

    assertEquals("{\"version\":\"v1.0\",\"agentFunctionResponse\":{\"functionCallId\":\"l\",\"value\":7}}\n",
        lines.bodyText());
    assertTrue(events.isStream());
    String event = events.bodyText();
    assertTrue(event.startsWith("data: ") && event.endsWith("\n\n"), event);
    JsonNode written = json(event.substring("data: ".length()).trim());
    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer.json", written), event);
    assertEquals("handler_failed", written.at("/agentFunctionResponse/error/code").asText());
  }

  @Test
  void aCallThatIsNotWholeIsMalformedWithItsPointer() {
    String noId = "{\"version\":\"v1.0\",\"callAgentFunction\":{\"surfaceId\":\"s\","
        + "\"callFunction\":{\"call\":\"shop.stock\",\"args\":{}}}}";
    String noName = "{\"version\":\"v1.0\",\"callAgentFunction\":{\"surfaceId\":\"s\",\"functionCallId\":\"i\","
        + "\"callFunction\":{\"args\":{}}}}";
    String extra = "{\"version\":\"v1.0\",\"callAgentFunction\":{\"surfaceId\":\"s\",\"functionCallId\":\"i\","
        + "\"callFunction\":{\"call\":\"shop.stock\"},\"when\":1}}";
    String argsList = "{\"version\":\"v1.0\",\"callAgentFunction\":{\"surfaceId\":\"s\",\"functionCallId\":\"i\","
        + "\"callFunction\":{\"call\":\"shop.stock\",\"args\":[]}}}";
    String v09 = "{\"version\":\"v0.9\",\"callAgentFunction\":{\"surfaceId\":\"s\",\"functionCallId\":\"i\","
        + "\"callFunction\":{\"call\":\"shop.stock\"}}}";

    for (String body : List.of(noId, noName, extra, argsList, v09)) {
      assertFalse(OfficialV1Schemas.withCatalog(CATALOG)
          .problems("renderer_to_agent.json", json(body)).isEmpty(), body);
    }
    assertEquals(List.of("/callAgentFunction/functionCallId"), malformed(noId));
    assertEquals(List.of("/callAgentFunction/callFunction/call"), malformed(noName));
    assertEquals(List.of("/callAgentFunction/when"), malformed(extra));
    assertEquals(List.of("/callAgentFunction/callFunction/args"), malformed(argsList));
    assertEquals(List.of("/version"), malformed(v09));
  }

  @Test
  void theAnswerToACallTheAgentMadeIsRefusedAsUnsupportedWithoutAHook() {
    ActionResponse response = dispatcher.handle("{\"version\":\"v1.0\",\"rendererFunctionResponse\":"
        + "{\"functionCallId\":\"c2\",\"value\":1}}", ActionContext.empty());

    assertEquals(400, response.status(), response.bodyText());
    assertEquals("unsupported_request", response.errorCode().orElseThrow());
  }

  private List<String> malformed(String body) {
    ActionResponse response = dispatcher.handle(body, ActionContext.empty());
    assertEquals(400, response.status(), response.bodyText());
    assertEquals("malformed_request", response.errorCode().orElseThrow(), response.bodyText());
    return pointers(json(response.bodyText()).get("error"));
  }

  private static String call(String id, String function, String args) {
    return request("{\"version\":\"v1.0\",\"callAgentFunction\":{\"surfaceId\":\"cart-1\",\"functionCallId\":\"" + id
        + "\",\"callFunction\":{\"call\":\"" + function + "\",\"args\":" + args + "}}}");
  }

  /** {@code body}, after checking the official schema takes it as a call of one of the shop's functions. */
  private static String request(String body) {
    assertEquals(List.of(), OfficialV1Schemas.withCatalog(CATALOG)
        .problems("renderer_to_agent.json", json(body)), body);
    return body;
  }

  private static JsonNode value(ActionResponse response) {
    assertEquals(200, response.status(), response.bodyText());
    JsonNode answer = valid(response.bodyText());
    assertEquals(1, answer.size(), response.bodyText());
    assertFalse(answer.at("/0/agentFunctionResponse").has("error"), response.bodyText());
    return answer.at("/0/agentFunctionResponse/value");
  }

  private static JsonNode functionError(ActionResponse response, String id) {
    assertEquals(200, response.status(), response.bodyText());
    JsonNode answer = valid(response.bodyText());
    assertEquals(1, answer.size(), response.bodyText());
    assertEquals(id, answer.at("/0/agentFunctionResponse/functionCallId").asText());
    assertFalse(answer.at("/0/agentFunctionResponse").has("value"), response.bodyText());
    return answer.at("/0/agentFunctionResponse/error");
  }

  private static JsonNode valid(String text) {
    JsonNode written = json(text);
    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json", written), text);
    return written;
  }
}
