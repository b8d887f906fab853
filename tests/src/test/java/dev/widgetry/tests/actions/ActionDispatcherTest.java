package dev.widgetry.tests.actions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.chatkit.ActionConfig;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.Widgets;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher end to end on generated tables: each request shape and its answer, and every way
 * a request fails before its handler, which must then never run.
 */
class ActionDispatcherTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final CartHandlers cart = new CartHandlers();
  private final ActionDispatcher dispatcher = ActionDispatcher.of(cart, StaticHandlers.class);
  private final ActionContext context = ActionContext.empty().with(Locale.class, Locale.CANADA_FRENCH);

  @Test
  void aPageRequestReachesItsHandlerWithPayloadAndContext() throws Exception {
    ActionResponse response = handle("{\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\",\"quantity\":2}},"
        + "\"itemId\":\"w1\"}");

    assertEquals(200, response.status());
    assertEquals("application/json; charset=utf-8", response.contentType());
    assertEquals(MAPPER.readTree("{\"result\":\"update\",\"widget\":{\"type\":\"Card\",\"children\":"
        + "[{\"type\":\"Text\",\"value\":\"tea x2\"}]},\"message\":\"Added for fr-CA\"}"), tree(response));
    assertEquals(2, cart.cart.get("tea"));
  }

  @Test
  void thePayloadMayComeBeforeTheType() throws Exception {
    ActionResponse response = handle("{\"itemId\":\"w1\",\"action\":{\"payload\":{\"sku\":\"tea\",\"quantity\":1},"
        + "\"type\":\"cart.add\"}}");

    assertEquals(200, response.status(), response.bodyText());
    assertEquals(1, cart.cart.get("tea"));
  }

  @Test
  void aSyncServerRequestIsAnsweredWithTheUpdatedItem() throws Exception {
    ActionResponse response = handle("{\"type\":\"threads.sync_custom_action\",\"params\":{\"thread_id\":\"t1\","
        + "\"item_id\":\"i7\",\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\",\"quantity\":1}}}}");

    assertEquals(200, response.status());
    JsonNode item = tree(response).get("updated_item");
    assertEquals("widget", item.get("type").asText());
    assertEquals("i7", item.get("id").asText());
    assertEquals("t1", item.get("thread_id").asText());
    assertTrue(item.get("created_at").asText().endsWith("Z"));
    assertEquals("Card", item.get("widget").get("type").asText());
  }

  @Test
  void aStreamingServerRequestIsAnsweredWithThreadEvents() throws Exception {
    ActionResponse response = handle("{\"type\":\"threads.custom_action\",\"params\":{\"thread_id\":\"t1\","
        + "\"item_id\":\"i7\",\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\",\"quantity\":3}}}}");

    assertEquals("text/event-stream; charset=utf-8", response.contentType());
    List<JsonNode> events = events(response);
    assertEquals(2, events.size());
    assertEquals("thread.item.updated", events.get(0).get("type").asText());
    assertEquals("i7", events.get(0).get("item_id").asText());
    assertEquals("widget.root.updated", events.get(0).get("update").get("type").asText());
    assertEquals("tea x3", events.get(0).get("update").get("widget").get("children").get(0).get("value").asText());
    assertEquals("thread.item.done", events.get(1).get("type").asText());
    assertEquals("assistant_message", events.get(1).get("item").get("type").asText());
    assertEquals("Added for fr-CA", events.get(1).get("item").get("content").get(0).get("text").asText());
  }

  @Test
  void aReturnedWidgetReplacesTheSenderAndANewOneIsAdded() throws Exception {
    List<JsonNode> replaced = events(handle("{\"type\":\"threads.custom_action\",\"params\":{\"thread_id\":\"t\","
        + "\"item_id\":\"i\",\"action\":{\"type\":\"cart.quantity\",\"payload\":4}}}"));
    List<JsonNode> added = events(handle("{\"type\":\"threads.custom_action\",\"params\":{\"thread_id\":\"t\","
        + "\"item_id\":null,\"action\":{\"type\":\"cart.tags\",\"payload\":[\"a\",\"b\"]}}}"));

    assertEquals("thread.item.replaced", replaced.get(0).get("type").asText());
    assertEquals("i", replaced.get(0).get("item").get("id").asText());
    assertEquals("thread.item.done", added.get(0).get("type").asText());
    assertTrue(added.get(0).get("item").get("id").asText().startsWith("item_"));
    assertEquals("a,b from -", added.get(0).get("item").get("widget").get("children").get(0).get("value").asText());
  }

  @Test
  void aVoidHandlerAnswersWithNoChange() throws Exception {
    ActionResponse response = handle("{\"action\":{\"type\":\"cart.clear\"}}");

    assertEquals(MAPPER.readTree("{\"result\":\"none\"}"), tree(response));
    assertEquals(1, cart.cleared.get());
    assertEquals(List.of(), events(handle(
        "{\"type\":\"threads.custom_action\",\"params\":{\"thread_id\":\"t\",\"action\":{\"type\":\"cart.clear\"}}}")));
  }

  /** The no-change page answer is pre-written; each request still gets these exact bytes in an array of its own. */
  @Test
  void eachNoChangePageAnswerIsItsOwnCopyOfTheSameBytes() {
    byte[] first = handle("{\"action\":{\"type\":\"cart.clear\"}}").body();
    byte[] second = handle("{\"action\":{\"type\":\"cart.clear\"}}").body();

    assertEquals("{\"result\":\"none\"}", new String(first, StandardCharsets.UTF_8));
    assertArrayEquals(first, second);
    assertNotSame(first, second);
  }

  @Test
  void anAsynchronousHandlerIsAwaitedAndAFormFieldArrivesInThePayload() throws Exception {
    ActionResponse response = handle("{\"action\":{\"type\":\"newsletter.subscribe\",\"payload\":{\"plan\":\"weekly\","
        + "\"email\":\"ann@example.com\"}}}");

    assertEquals(MAPPER.readTree("{\"result\":\"none\",\"message\":\"ann@example.com joined weekly\"}"), tree(response));
  }

  @Test
  void aStaticHandlerNeedsNoInstance() {
    assertEquals(200, handle("{\"action\":{\"type\":\"ping\"}}").status());
  }

  @Test
  void malformedJsonIsRefused() throws Exception {
    assertError(handle("{\"action\":{\"type\":"), 400, "malformed_request");
    assertError(handle("[1]"), 400, "malformed_request");
    assertError(handle("{\"itemId\":\"x\"}"), 400, "malformed_request");
    assertError(handle("{\"action\":{\"payload\":{}}}"), 400, "malformed_request");
    assertError(handle("{\"action\":{\"type\":7}}"), 400, "malformed_request");
  }

  @Test
  void aPropertyNoProtocolKnowsDoesNotHideTheRequestAfterIt() throws Exception {
    ActionResponse response = handle("{\"widgetId\":\"w9\",\"action\":{\"handler\":\"server\",\"type\":\"cart.add\","
        + "\"payload\":{\"sku\":\"tea\",\"quantity\":1}}}");

    assertEquals(200, response.status(), response.bodyText());
    assertEquals(1, cart.cart.get("tea"));
  }

  @Test
  void aBodyNoProtocolRecognisesIsMalformedAndSaysWhatWasExpected() throws Exception {
    JsonNode unknown = assertError(handle("{\"widgetId\":\"w9\",\"payload\":{\"sku\":\"tea\"}}"), 400, "malformed_request");
    JsonNode empty = assertError(handle("{}"), 400, "malformed_request");
    // Column 41 is the closing brace of the root object, where the search for a known property ended.

    assertEquals("The body is not an action request: At the document root (line 1, column 41): expected an A2UI"
        + " {\"version\": \"v0.9\" or \"v1.0\", \"action\": {\"name\", \"surfaceId\", \"sourceComponentId\","
        + " \"timestamp\", \"context\"}}, or {\"action\": {...}} or a ChatKit threads.custom_action request,"
        + " found an object whose properties no protocol knows, starting with \"widgetId\".", unknown.get("message").asText());
    assertEquals("an empty object", empty.get("problems").get(0).get("found").asText());
    assertTrue(cart.cart.isEmpty());
  }

  @Test
  void aBodyInUtf16IsRefusedAsNotUtf8AsDocumentsAre() throws Exception {
    byte[] utf16 = "{\"action\":{\"type\":\"cart.clear\"}}".getBytes(StandardCharsets.UTF_16LE);

    JsonNode error = assertError(dispatcher.handle(utf16, context), 400, "malformed_request");

    assertEquals("a zero byte at offset 1, as in UTF-16 or UTF-32", error.get("problems").get(0).get("found").asText());
    assertTrue(error.get("message").asText().startsWith("The body is not JSON in UTF-8: "), error.toString());
  }

  @Test
  void anEnvelopePastALimitIsQuotedWholeWithTheOptionThatSetsIt() throws Exception {
    ActionDispatcher shallow = dispatcher.withParseOptions(ParseOptions.defaults().withMaxNestingDepth(2));

    JsonNode error = assertError(shallow.handle("{\"metadata\":{\"a\":{\"b\":1}},\"type\":\"threads.custom_action\"}",
        context), 400, "malformed_request");

    JsonNode problem = error.get("problems").get(0);
    assertEquals("input past a limit (Document nesting depth (3) exceeds the maximum allowed (2))",
        problem.get("found").asText());
    assertEquals("ParseOptions.withMaxNestingDepth sets this limit.", problem.get("hint").asText());
  }

  @Test
  void aRequestNamingTwoActionTypesIsRefused() throws Exception {
    JsonNode twice = assertError(handle("{\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\",\"quantity\":1},"
        + "\"type\":\"cart.clear\"}}"), 400, "malformed_request");
    JsonNode twoActions = assertError(handle("{\"type\":\"threads.custom_action\",\"action\":{\"type\":\"cart.clear\"},"
        + "\"params\":{\"action\":{\"type\":\"cart.add\"}}}"), 400, "malformed_request");

    assertEquals("/action/type", twice.get("problems").get(0).get("pointer").asText());
    // Column 74 is where the second type's value starts.
    assertEquals("The body is not an action request: At /action/type (line 1, column 74): expected one action type,"
        + " found a second one, \"cart.clear\".", twice.get("message").asText());
    assertEquals("/params/action/type", twoActions.get("problems").get(0).get("pointer").asText());
    assertTrue(cart.cart.isEmpty());
  }

  @Test
  void otherChatKitRequestsAreRefused() throws Exception {
    JsonNode error = assertError(handle("{\"type\":\"threads.create\",\"params\":{}}"), 400, "unsupported_request");

    assertEquals("A ChatKit request of type \"threads.create\" has no action to dispatch: only threads.custom_action"
        + " and threads.sync_custom_action do.", error.get("message").asText());
  }

  @Test
  void anUnknownActionTypeIsRefusedWithASuggestion() throws Exception {
    JsonNode error = assertError(handle("{\"action\":{\"type\":\"cart.ad\",\"payload\":{}}}"), 400, "unknown_action");

    assertTrue(error.get("message").asText().startsWith("No handler for action type \"cart.ad\". Did you mean"
        + " \"cart.add\"?"), error.toString());
  }

  @Test
  void anInvalidPayloadNeverReachesTheHandler() throws Exception {
    JsonNode error = assertError(handle("{\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\" \",\"quantity\":0,"
        + "\"extra\":1}}}"), 422, "invalid_payload");

    assertEquals(List.of("/action/payload/sku", "/action/payload/quantity", "/action/payload/extra"),
        MAPPER.convertValue(error.get("problems").findValues("pointer"), List.class).stream().map(Object::toString).toList());
    assertTrue(cart.cart.isEmpty());
  }

  @Test
  void aMissingPayloadOrFormFieldIsRefused() throws Exception {
    JsonNode missing = assertError(handle("{\"action\":{\"type\":\"cart.add\"}}"), 422, "invalid_payload");
    JsonNode noField = assertError(handle("{\"action\":{\"type\":\"newsletter.subscribe\",\"payload\":{\"plan\":\"w\"}}}"),
        422, "invalid_payload");

    assertEquals("/action/payload", missing.get("problems").get(0).get("pointer").asText());
    assertEquals("/action/payload/email", noField.get("problems").get(0).get("pointer").asText());
  }

  @Test
  void aBufferedPayloadKeepsItsPointer() throws Exception {
    JsonNode error = assertError(handle("{\"type\":\"threads.sync_custom_action\",\"params\":{\"action\":{\"payload\":"
        + "{\"sku\":5,\"quantity\":1},\"type\":\"cart.add\"}}}"), 422, "invalid_payload");

    assertEquals("/params/action/payload/sku", error.get("problems").get(0).get("pointer").asText());
  }

  @Test
  void aBodyOverTheLimitIsRefusedUnread() throws Exception {
    ActionDispatcher small = dispatcher.withMaxBodyBytes(64);

    ActionResponse response = small.handle(("{\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\""
        + "x".repeat(100) + "\",\"quantity\":1}}}").getBytes(StandardCharsets.UTF_8), context);

    assertError(response, 413, "request_too_large");
    assertTrue(cart.cart.isEmpty());
  }

  @Test
  void aHandlerThatThrowsGetsAnErrorWithoutItsDetails() throws Exception {
    ActionResponse thrown = handle("{\"action\":{\"type\":\"cart.explode\"}}");
    ActionResponse failedStage = handle("{\"action\":{\"type\":\"cart.later\"}}");

    JsonNode error = assertError(thrown, 500, "handler_failed");
    assertEquals("The handler of action \"cart.explode\" failed; the server logged why.", error.get("message").asText());
    assertFalse(thrown.bodyText().contains("secret"));
    assertError(failedStage, 500, "handler_failed");
    assertFalse(failedStage.bodyText().contains("secret"));
  }

  @Test
  void aHandlerThatNeverAnswersTimesOut() throws Exception {
    ActionDispatcher impatient = ActionDispatcher.of(TroubleHandlers.class).withHandlerTimeout(Duration.ofMillis(50));

    JsonNode error = assertError(impatient.handle("{\"action\":{\"type\":\"trouble.never\"}}".getBytes(StandardCharsets.UTF_8),
        context), 500, "handler_failed");

    assertEquals("The handler of action \"trouble.never\" did not answer in time.", error.get("message").asText());
  }

  /** The sentence in README: a synchronous handler is not timed out, and is answered when it returns. */
  @Test
  void aSynchronousHandlerRunsToItsEndPastTheTimeoutAndIsAnsweredWithItsResult() throws Exception {
    ActionDispatcher impatient = ActionDispatcher.of(TroubleHandlers.class).withHandlerTimeout(Duration.ofMillis(1));

    ActionResponse response = impatient.handle("{\"action\":{\"type\":\"trouble.slow\",\"payload\":100}}", context);

    assertEquals(200, response.status(), response.bodyText());
    assertEquals("slept 100", tree(response).at("/widget/children/0/value").asText());
  }

  @Test
  void aHandlerThatOverflowsTheStackFailsLikeAnyOther() throws Exception {
    ActionResponse response = ActionDispatcher.of(TroubleHandlers.class)
        .handle("{\"action\":{\"type\":\"trouble.recurse\"}}".getBytes(StandardCharsets.UTF_8), context);

    assertError(response, 500, "handler_failed");
  }

  @Test
  void aNumberPastTheParsersLimitFailsThePayloadNotTheRequest() throws Exception {
    JsonNode error = assertError(handle("{\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"t\",\"quantity\":"
        + "1".repeat(1100) + "}}}"), 422, "invalid_payload");

    assertEquals("/action/payload/quantity", error.get("problems").get(0).get("pointer").asText());
    assertTrue(cart.cart.isEmpty());
  }

  @Test
  void parseOptionsReachThePayloadParser() throws Exception {
    ActionDispatcher lenient = dispatcher.withParseOptions(ParseOptions.defaults().withIgnoreUnknownProperties(true));
    String body = "{\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\",\"quantity\":1,\"color\":\"green\"}}}";

    assertError(handle(body), 422, "invalid_payload");
    assertEquals(200, lenient.handle(body, context).status());
  }

  @Test
  void everyActionIsOfferedAsAToolSortedByType() throws Exception {
    List<JsonNode> tools = new java.util.ArrayList<>();
    for (String tool : ActionDispatcher.of(new CartHandlers()).toolDefinitions()) {
      tools.add(MAPPER.readTree(tool));
    }

    assertEquals(List.of("cart_add", "cart_clear", "cart_explode", "cart_later", "cart_quantity", "cart_tags",
        "newsletter_subscribe"), tools.stream().map(tool -> tool.get("name").asText()).toList());
    JsonNode add = tools.get(0);
    assertEquals("Adds some of a product to the cart.", add.get("description").asText());
    assertEquals(MAPPER.readTree("[\"sku\",\"quantity\"]"), add.at("/parameters/required"));
    JsonNode quantity = tools.get(4);
    assertEquals(MAPPER.readTree("[\"quantity\"]"), quantity.at("/parameters/required"));
    assertEquals(1, quantity.at("/parameters/properties/quantity/minimum").asInt());
  }

  @Test
  void twoHandlersClaimingOneActionTypeAreRefusedNamingBoth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ActionDispatcher.of(new CartHandlers(), new CartHandlers()));

    assertTrue(e.getMessage().contains("is handled twice: by CartHandlers."), e.getMessage());
  }

  @Test
  void aClassWithoutATableOrAnInstanceMethodWithoutAnInstanceIsRefused() {
    IllegalArgumentException noTable = assertThrows(IllegalArgumentException.class, () -> ActionDispatcher.of(new Object()));
    IllegalArgumentException noInstance = assertThrows(IllegalArgumentException.class,
        () -> ActionDispatcher.of(CartHandlers.class));

    assertTrue(noTable.getMessage().startsWith("java.lang.Object has no generated action table"), noTable.getMessage());
    assertTrue(noInstance.getMessage().endsWith("is an instance method: pass a CartHandlers object rather than its class"),
        noInstance.getMessage());
  }

  @Test
  void factoriesBuildActionConfigsThatCarryTheTypedPayload() {
    ActionConfig add = CartHandlersActions.addItem(new AddItem("tea", 2));
    ActionConfig subscribe = CartHandlersActions.subscribe("weekly");

    assertEquals("{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\",\"quantity\":2}}", Widgets.toJson(add));
    assertEquals("{\"type\":\"newsletter.subscribe\",\"payload\":{\"plan\":\"weekly\"}}", Widgets.toJson(subscribe));
    assertEquals("{\"type\":\"cart.quantity\",\"payload\":3}", Widgets.toJson(CartHandlersActions.setQuantity(3)));
    assertEquals("cart.add", CartHandlersActions.ADD_ITEM);
  }

  @Test
  void aFactorysActionConfigTakesTheUsualWithers() {
    ActionConfig clear = CartHandlersActions.clear()
        .withHandler(ActionConfig.Handler.CLIENT)
        .withLoadingBehavior(ActionConfig.LoadingBehavior.SELF)
        .withStreaming(false);

    assertEquals("{\"type\":\"cart.clear\",\"handler\":\"client\",\"loadingBehavior\":\"self\",\"streaming\":false}",
        Widgets.toJson(clear));
  }

  @Test
  void whatAFactoryBuildsTheDispatcherAccepts() {
    String request = "{\"action\":" + Widgets.toJson(CartHandlersActions.addItem(new AddItem("tea", 5))) + "}";

    assertEquals(200, handle(request).status());
    assertEquals(5, cart.cart.get("tea"));
  }

  private ActionResponse handle(String body) {
    return dispatcher.handle(body, context);
  }

  private static JsonNode tree(ActionResponse response) throws Exception {
    return MAPPER.readTree(response.body());
  }

  private static List<JsonNode> events(ActionResponse response) throws Exception {
    List<JsonNode> events = new java.util.ArrayList<>();
    for (String block : response.bodyText().split("\n\n")) {
      if (!block.isEmpty()) {
        assertTrue(block.startsWith("data: "), block);
        events.add(MAPPER.readTree(block.substring("data: ".length())));
      }
    }
    return events;
  }

  private static JsonNode assertError(ActionResponse response, int status, String code) throws Exception {
    assertEquals(status, response.status(), response.bodyText());
    assertEquals(code, response.errorCode().orElseThrow());
    JsonNode error = tree(response).get("error");
    assertEquals(code, error.get("code").asText());
    return error;
  }
}
