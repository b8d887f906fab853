package dev.widgetry.tests.a2ui.actions;

import static dev.widgetry.tests.a2ui.actions.ErrorBodies.json;
import static dev.widgetry.tests.a2ui.actions.ErrorBodies.pointers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.a2ui.A2uiErrorHook;
import dev.widgetry.a2ui.A2uiSource;
import dev.widgetry.a2ui.DeleteSurface;
import dev.widgetry.a2ui.DynamicBoolean;
import dev.widgetry.a2ui.EventAction;
import dev.widgetry.a2ui.ErrorMessage;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.AnswerMiddleware;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.actions.CartHandlers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A2UI's client messages through the dispatcher that serves ChatKit too: each form an action comes
 * in, the context read into the handler's payload with the structured errors ChatKit's payloads
 * get, where it came from in the handler's context, each answer form, and renderers' error reports.
 */
class A2uiActionDispatchTest {
  private static final String ADD = "{\"version\":\"v0.9\",\"action\":{\"name\":\"shop.add\",\"surfaceId\":\"cart-1\","
      + "\"sourceComponentId\":\"add-tea\",\"timestamp\":\"2026-11-30T01:56:48.750Z\",\"context\":{\"sku\":\"tea\","
      + "\"quantity\":2,\"giftWrap\":true}}}";

  private final ShopHandlers shop = new ShopHandlers();
  private final ActionDispatcher dispatcher = ActionDispatcher.of(shop, new CartHandlers());

  @Test
  void anActionReachesItsHandlerWithItsContextAsThePayloadAndItsSourceInTheContext() throws Exception {
    ActionResponse response = dispatcher.handle(ADD, ActionContext.empty());

    assertEquals(200, response.status(), response.bodyText());
    assertEquals("application/json; charset=utf-8", response.contentType());
    assertEquals(json("[{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"cart-1\",\"value\":{\"sku\":\"tea\","
        + "\"count\":2,\"giftWrap\":true}}}]"), json(response.bodyText()));
    assertEquals(new A2uiSource("cart-1", "add-tea", Instant.parse("2026-11-30T01:56:48.750Z")),
        A2uiSource.of(shop.lastContext).orElseThrow());
    assertEquals(Optional.empty(), shop.lastContext.itemId());
  }

  @Test
  void copilotKitsBareActionAndItsForwardedPropsReachTheSameHandler() throws Exception {
    ActionResponse bare = dispatcher.handle("{\"name\":\"shop.add\",\"surfaceId\":\"cart-2\",\"sourceComponentId\":\"b\","
        + "\"context\":{\"sku\":\"tea\",\"quantity\":1,\"giftWrap\":false}}", ActionContext.empty());
    A2uiSource bareSource = A2uiSource.of(shop.lastContext).orElseThrow();
    ActionResponse forwarded = dispatcher.handle("{\"a2uiAction\":{\"userAction\":{\"context\":{\"sku\":\"tea\","
        + "\"quantity\":3,\"giftWrap\":false},\"name\":\"shop.add\",\"surfaceId\":\"cart-3\",\"sourceComponentId\":\"c\"}}}",
        ActionContext.empty());

    assertEquals(200, bare.status(), bare.bodyText());
    assertEquals(new A2uiSource("cart-2", "b", null), bareSource);
    assertEquals(200, forwarded.status(), forwarded.bodyText());
    assertEquals(4, json(forwarded.bodyText()).at("/0/updateDataModel/value/count").asInt());
    assertEquals("cart-3", A2uiSource.of(shop.lastContext).orElseThrow().surfaceId());
  }

  @Test
  void aChatKitRequestStillReachesChatKitsHandlerBesideThem() {
    ActionResponse response = dispatcher.handle("{\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\","
        + "\"quantity\":2}},\"itemId\":\"w1\"}", ActionContext.empty());

    assertEquals(200, response.status(), response.bodyText());
    assertEquals("update", json(response.bodyText()).get("result").asText());
  }

  @Test
  void anUnknownActionIsRefusedWithTheClosestName() {
    JsonNode error = error(dispatcher.handle(ADD.replace("shop.add", "shop.ad"), ActionContext.empty()),
        400, "unknown_action");

    assertTrue(error.get("message").asText().startsWith("No handler for action type \"shop.ad\". Did you mean"
        + " \"shop.add\"?"), error.toString());
  }

  @Test
  void anInvalidContextIsRefusedWithEveryProblemPointingIntoTheRequest() {
    String body = "{\"version\":\"v0.9\",\"action\":{\"context\":{\"sku\":\" \",\"quantity\":0,\"giftWrap\":\"yes\"},"
        + "\"name\":\"shop.add\",\"surfaceId\":\"s\",\"sourceComponentId\":\"c\",\"timestamp\":\"2026-01-31T09:30:00Z\"}}";

    JsonNode error = error(dispatcher.handle(body, ActionContext.empty()), 422, "invalid_payload");

    assertEquals(List.of("/action/context/sku", "/action/context/quantity", "/action/context/giftWrap"),
        pointers(error));
    assertTrue(shop.cart.isEmpty());
  }

  @Test
  void aBareActionsProblemsPointAtItsTopLevelContext() {
    JsonNode error = error(dispatcher.handle("{\"name\":\"shop.add\",\"surfaceId\":\"s\",\"sourceComponentId\":\"c\","
        + "\"context\":{\"sku\":\"tea\"}}", ActionContext.empty()), 422, "invalid_payload");

    assertEquals(List.of("/context/quantity", "/context/giftWrap"), pointers(error));
  }

  @Test
  void anEnvelopeWithoutTimestampOrWithAnotherVersionIsMalformed() {
    JsonNode noTimestamp = error(dispatcher.handle(ADD.replace("\"timestamp\":\"2026-11-30T01:56:48.750Z\",", ""),
        ActionContext.empty()), 400, "malformed_request");
    JsonNode badTimestamp = error(dispatcher.handle(ADD.replace("2026-11-30T01:56:48.750Z", "yesterday"),
        ActionContext.empty()), 400, "malformed_request");
    JsonNode version = error(dispatcher.handle(ADD.replace("v0.9", "v0.8"), ActionContext.empty()), 400,
        "malformed_request");
    JsonNode context = error(dispatcher.handle(ADD.replace("\"context\":{\"sku\":\"tea\",\"quantity\":2,\"giftWrap\":true}",
        "\"context\":[]"), ActionContext.empty()), 400, "malformed_request");

    assertEquals(List.of("/action/timestamp"), pointers(noTimestamp));
    assertEquals(List.of("/action/timestamp"), pointers(badTimestamp));
    assertEquals(List.of("/version"), pointers(version));
    assertEquals("The body is not an A2UI action: At /version (line 1, column 12): expected \"v0.9\" or \"v1.0\","
        + " found \"v0.8\".",
        version.get("message").asText());
    assertEquals(List.of("/action/context"), pointers(context));
    assertTrue(shop.cart.isEmpty());
  }

  @Test
  void aHandlerThatFailsOrAnswersInChatKitsTermsIsAHandlerFailure() {
    JsonNode thrown = error(dispatcher.handle(ADD.replace("shop.add", "shop.explode"), ActionContext.empty()),
        500, "handler_failed");
    JsonNode chatKit = error(dispatcher.handle(ADD.replace("shop.add", "shop.widget"), ActionContext.empty()),
        500, "handler_failed");

    assertFalse(thrown.toString().contains("secret"), thrown.toString());
    assertEquals("The handler of action \"shop.widget\" failed; the server logged why.", chatKit.get("message").asText());
  }

  @Test
  void eachKindOfAnswerIsSentAsServerMessages() throws Exception {
    ActionResponse surface = dispatcher.handle(ADD.replace("shop.add", "shop.checkout"), ActionContext.empty());
    ActionResponse delete = dispatcher.handle(ADD.replace("shop.add", "shop.close"), ActionContext.empty());
    ActionResponse later = dispatcher.handle(ADD.replace("shop.add", "shop.refresh"), ActionContext.empty());
    ActionResponse nothing = dispatcher.handle(ADD.replace("shop.add", "shop.forget"), ActionContext.empty());

    JsonNode created = json(surface.bodyText());
    assertEquals(json("{\"surfaceId\":\"thanks\",\"catalogId\":\"https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json\"}"),
        created.at("/0/createSurface"));
    assertEquals("Thank you", created.at("/1/updateComponents/components/0/text").asText());
    assertEquals(json("[{\"version\":\"v0.9\",\"deleteSurface\":{\"surfaceId\":\"cart-1\"}}]"), json(delete.bodyText()));
    assertEquals(json("{\"surfaceId\":\"cart-1\"}"), json(later.bodyText()).at("/0/deleteSurface"));
    assertEquals("cart-1", json(later.bodyText()).at("/1/createSurface/surfaceId").asText());
    assertEquals("[]", nothing.bodyText());
  }

  @Test
  void theClientsAcceptChoosesJsonLinesOrServerSentEvents() {
    ActionResponse lines = dispatcher.handle(ADD, ActionContext.empty().withAccept("application/jsonl"));
    ActionResponse events = dispatcher.handle(ADD.replace("shop.add", "shop.refresh"),
        ActionContext.empty().withAccept("text/event-stream"));
    ActionResponse preferred = dispatcher.handle(ADD.replace("shop.add", "shop.close"),
        ActionContext.empty().withAccept("text/event-stream;q=0.5, application/json"));
    ActionResponse wildcard = dispatcher.handle(ADD.replace("shop.add", "shop.close"),
        ActionContext.empty().withAccept("*/*"));

    assertEquals("application/jsonl; charset=utf-8", lines.contentType());
    assertEquals("{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"cart-1\",\"value\":{\"sku\":\"tea\","
        + "\"count\":2,\"giftWrap\":true}}}\n", lines.bodyText());
    assertEquals("text/event-stream; charset=utf-8", events.contentType());
    assertTrue(events.isStream());
    String[] blocks = events.bodyText().split("\n\n", -1);
    assertEquals(3, blocks.length, events.bodyText());
    assertEquals("data: {\"version\":\"v0.9\",\"deleteSurface\":{\"surfaceId\":\"cart-1\"}}", blocks[0]);
    assertTrue(blocks[1].startsWith("data: {\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"cart-1\""), blocks[1]);
    assertEquals("", blocks[2]);
    assertEquals("application/json; charset=utf-8", preferred.contentType());
    assertEquals("application/json; charset=utf-8", wildcard.contentType());
  }

  @Test
  void middlewareForA2uiAnswersSeesEveryAnswer() {
    AnswerMiddleware<A2uiAnswer> closeAll = new AnswerMiddleware<>() {
      @Override
      public Class<A2uiAnswer> answerType() {
        return A2uiAnswer.class;
      }

      @Override
      public A2uiAnswer apply(A2uiAnswer answer, ActionContext context) {
        return A2uiAnswer.of(new DeleteSurface(A2uiSource.of(context).orElseThrow().surfaceId() + "-"
            + answer.messages().size()));
      }
    };

    ActionResponse response = dispatcher.withMiddleware(closeAll).handle(ADD, ActionContext.empty());

    assertEquals(json("[{\"version\":\"v0.9\",\"deleteSurface\":{\"surfaceId\":\"cart-1-1\"}}]"), json(response.bodyText()));
    assertEquals(2, shop.cart.get("tea"));
  }

  @Test
  void aRenderersErrorReachesTheHook() {
    List<ErrorMessage> reported = new ArrayList<>();
    List<ActionContext> contexts = new ArrayList<>();
    A2uiErrorHook hook = (error, context) -> {
      reported.add(error);
      contexts.add(context);
    };
    ActionContext context = ActionContext.empty().with(String.class, "user-7");

    ActionResponse response = dispatcher.withHook(A2uiErrorHook.class, hook).handle("{\"version\":\"v0.9\",\"error\":"
        + "{\"code\":\"VALIDATION_FAILED\",\"surfaceId\":\"cart-1\",\"path\":\"/components/0/text\",\"message\":\"bad\"}}",
        context);

    assertEquals(200, response.status(), response.bodyText());
    assertEquals("[]", response.bodyText());
    assertEquals(1, reported.size());
    assertTrue(reported.get(0).validationFailed());
    assertEquals("/components/0/text", reported.get(0).path());
    assertEquals("cart-1", reported.get(0).surfaceId());
    assertEquals(Optional.of("user-7"), contexts.get(0).get(String.class));
  }

  @Test
  void anErrorWithoutAHookIsLoggedAndAHookThatFailsIsAnsweredAsAHandlerThatFails() {
    String body = "{\"version\":\"v0.9\",\"error\":{\"code\":\"RENDER_FAILED\",\"surfaceId\":\"s\",\"message\":\"m\"}}";

    ActionResponse unhooked = dispatcher.handle(body, ActionContext.empty());
    ActionResponse failing = dispatcher.withHook(A2uiErrorHook.class, (error, context) -> {
      throw new IllegalStateException("secret");
    }).handle(body, ActionContext.empty());

    assertEquals("[]", unhooked.bodyText());
    JsonNode error = error(failing, 500, "handler_failed");
    assertFalse(error.toString().contains("secret"));
  }

  @Test
  void anErrorReportTheSchemaRefusesIsMalformed() {
    JsonNode error = error(dispatcher.handle("{\"version\":\"v0.9\",\"error\":{\"code\":\"VALIDATION_FAILED\","
        + "\"surfaceId\":\"s\",\"message\":\"m\"}}", ActionContext.empty()), 400, "malformed_request");

    assertEquals(List.of("/error/path"), pointers(error));
  }

  @Test
  void theGeneratedEventBindsEachPayloadPropertyToTheDataModel() {
    AddToCartPaths model = AddToCartPaths.root();

    EventAction add = ShopHandlersActions.A2ui.add(model.sku(), model.quantity(), DynamicBoolean.of(true));

    assertEquals(json("{\"event\":{\"name\":\"shop.add\",\"context\":{\"sku\":{\"path\":\"/sku\"},"
        + "\"quantity\":{\"path\":\"/quantity\"},\"giftWrap\":true}}}"), json(Widgets.toJson(add)));
    assertEquals(json("{\"event\":{\"name\":\"shop.forget\"}}"), json(Widgets.toJson(ShopHandlersActions.A2ui.forget())));
  }

  private static JsonNode error(ActionResponse response, int status, String code) {
    assertEquals(status, response.status(), response.bodyText());
    assertEquals(code, response.errorCode().orElseThrow(), response.bodyText());
    JsonNode error = json(response.bodyText()).get("error");
    assertEquals(code, error.get("code").asText());
    return error;
  }
}
