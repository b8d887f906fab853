package dev.widgetry.tests.a2ui.actions;

import static dev.widgetry.tests.a2ui.actions.ErrorBodies.json;
import static dev.widgetry.tests.a2ui.actions.ErrorBodies.pointers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiErrorHook;
import dev.widgetry.a2ui.A2uiFunctionResponseHook;
import dev.widgetry.a2ui.A2uiSource;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.ActionMetadata;
import dev.widgetry.a2ui.CallRendererFunction;
import dev.widgetry.a2ui.ErrorMessage;
import dev.widgetry.a2ui.FunctionError;
import dev.widgetry.a2ui.OfficialV1Schemas;
import dev.widgetry.a2ui.RendererFunctionCalls;
import dev.widgetry.a2ui.RendererFunctionResponse;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A2UI v1.0 renderers at the same endpoint as v0.9's: their actions reach the same handlers and are
 * answered in v1.0, every answer valid by the official v1.0 schemas (networknt); their errors, v1.0's
 * validation codes and errors of a function call included, reach the error hook; their answers to the
 * agent's function calls reach the function response hook. Each request the
 * tests send is itself checked against {@code renderer_to_agent.json}, so they speak real v1.0.
 */
class A2uiV1ActionDispatchTest {
  private static final String ADD = "{\"version\":\"v1.0\",\"action\":{\"name\":\"shop.add\",\"surfaceId\":\"cart-1\","
      + "\"sourceComponentId\":\"add_tea\",\"timestamp\":\"2026-11-30T01:56:48.750Z\",\"userMessage\":\"Add 2 teas\","
      + "\"context\":{\"sku\":\"tea\",\"quantity\":2,\"giftWrap\":true},"
      + "\"metadata\":{\"extensions\":{\"shop\":{\"tab\":3}}}}}";
  private static final String BASIC_V1 = "https://a2ui.org/specification/v1_0/catalogs/basic/catalog.json";

  private final ShopHandlers shop = new ShopHandlers();
  private final ActionDispatcher dispatcher = ActionDispatcher.of(shop);

  @Test
  void aV1ActionReachesItsHandlerAndIsAnsweredInV1() {
    ActionResponse response = dispatcher.handle(request(ADD), ActionContext.empty());

    assertEquals(200, response.status(), response.bodyText());
    JsonNode answer = valid("agent_to_renderer_list.json", response.bodyText());
    assertEquals(json("[{\"version\":\"v1.0\",\"updateDataModel\":{\"surfaceId\":\"cart-1\",\"value\":{\"sku\":\"tea\","
        + "\"count\":2,\"giftWrap\":true}}}]"), answer);
    assertEquals(new A2uiSource("cart-1", "add_tea", Instant.parse("2026-11-30T01:56:48.750Z"), A2uiVersion.V1_0,
        "Add 2 teas", new ActionMetadata(Map.of("shop", json("{\"tab\":3}")))),
        A2uiSource.of(shop.lastContext).orElseThrow());
    assertEquals(Optional.of("Add 2 teas"), A2uiSource.of(shop.lastContext).orElseThrow().userSaid());
  }

  @Test
  void theActionsMetadataReachesTheHandlerExtensionByExtension() {
    String two = ADD.replace("{\"shop\":{\"tab\":3}}",
        "{\"shop\":{\"tab\":3},\"a2ui_trace\":\"t-9\",\"\u00e9tape\":[1,2]}");

    dispatcher.handle(request(two), ActionContext.empty());

    ActionMetadata metadata = A2uiSource.of(shop.lastContext).orElseThrow().metadata();
    assertEquals(List.of("shop", "a2ui_trace", "\u00e9tape"), List.copyOf(metadata.extensions().keySet()));
    assertEquals(3, metadata.extension("shop").orElseThrow().get("tab").asInt());
    assertEquals(json("\"t-9\""), metadata.extension("a2ui_trace").orElseThrow());
    assertEquals(json("[1,2]"), metadata.extension("\u00e9tape").orElseThrow());
    assertEquals(Optional.empty(), metadata.extension("other"));
  }

  @Test
  void anActionWithoutMetadataOrWithEmptyMetadataHasNone() {
    dispatcher.handle(request(ADD.replace(",\"metadata\":{\"extensions\":{\"shop\":{\"tab\":3}}}", "")),
        ActionContext.empty());
    ActionMetadata absent = A2uiSource.of(shop.lastContext).orElseThrow().metadata();
    dispatcher.handle(request(ADD.replace("{\"extensions\":{\"shop\":{\"tab\":3}}}", "{}")), ActionContext.empty());
    ActionMetadata empty = A2uiSource.of(shop.lastContext).orElseThrow().metadata();

    assertEquals(ActionMetadata.NONE, absent);
    assertEquals(ActionMetadata.NONE, empty);
    assertEquals(4, shop.cart.get("tea"), "both actions reached the handler");
  }

  @Test
  void metadataTheV1SchemaRefusesIsMalformedAndAV09ActionsMetadataIsSkipped() {
    String otherKey = ADD.replace("{\"extensions\":", "{\"tab\":3,\"extensions\":");
    String badName = ADD.replace("{\"shop\":{", "{\"2shop\":{");
    String notObject = ADD.replace("{\"extensions\":{\"shop\":{\"tab\":3}}}", "[]");
    String extensionsNotObject = ADD.replace("{\"shop\":{\"tab\":3}}", "\"shop\"");
    for (String body : List.of(otherKey, badName, notObject, extensionsNotObject)) {
      assertFalse(OfficialV1Schemas.official().problems("renderer_to_agent.json", json(body)).isEmpty(), body);
      JsonNode refused = error(dispatcher.handle(body, ActionContext.empty()), 400, "malformed_request");
      assertEquals(List.of("/action/metadata"), pointers(refused), body);
    }
    JsonNode twice = error(dispatcher.handle(ADD.replace("{\"tab\":3}", "{\"tab\":3,\"tab\":4}"),
        ActionContext.empty()), 400, "malformed_request");
    assertEquals(List.of("/action/metadata"), pointers(twice));
    String versionLast = "{" + badName.substring(badName.indexOf("\"action\""), badName.length() - 1)
        + ",\"version\":\"v1.0\"}";
    assertEquals(List.of("/action/metadata"), pointers(error(dispatcher.handle(versionLast, ActionContext.empty()),
        400, "malformed_request")), "the metadata is checked once the version, read after it, says v1.0");
    JsonNode named = error(dispatcher.handle(badName, ActionContext.empty()), 400, "malformed_request");
    assertTrue(named.get("message").asText().endsWith("expected extension names that are identifiers (a letter or _,"
        + " then letters, digits or _), found \"2shop\"."), named.toString());
    assertTrue(shop.cart.isEmpty());

    ActionResponse v09 = dispatcher.handle(badName.replace("v1.0", "v0.9"), ActionContext.empty());

    assertEquals(200, v09.status(), v09.bodyText());
    assertEquals(ActionMetadata.NONE, A2uiSource.of(shop.lastContext).orElseThrow().metadata(),
        "v0.9 has no metadata: it is skipped like any other key");
  }

  @Test
  void aNewSurfaceIsAnsweredWithV1sCatalogIdAndHeadingsValidByV1sSchemas() {
    ActionResponse surface = dispatcher.handle(request(ADD.replace("shop.add", "shop.checkout")), ActionContext.empty());
    ActionResponse later = dispatcher.handle(request(ADD.replace("shop.add", "shop.refresh")), ActionContext.empty());

    JsonNode created = valid("agent_to_renderer_list.json", surface.bodyText());
    assertEquals(json("{\"surfaceId\":\"thanks\",\"catalogId\":\"" + BASIC_V1 + "\"}"), created.at("/0/createSurface"));
    assertEquals("v1.0", created.at("/1/version").asText());
    JsonNode refreshed = valid("agent_to_renderer_list.json", later.bodyText());
    assertEquals(json("{\"version\":\"v1.0\",\"deleteSurface\":{\"surfaceId\":\"cart-1\"}}"), refreshed.get(0));
  }

  @Test
  void jsonLinesAndServerSentEventsCarryV1MessagesEachValid() {
    ActionResponse lines = dispatcher.handle(request(ADD.replace("shop.add", "shop.refresh")),
        ActionContext.empty().withAccept("application/jsonl"));
    ActionResponse events = dispatcher.handle(request(ADD.replace("shop.add", "shop.refresh")),
        ActionContext.empty().withAccept("text/event-stream"));

    String[] written = lines.bodyText().split("\n");
    assertEquals(2, written.length, lines.bodyText());
    for (String line : written) {
      valid("agent_to_renderer.json", line);
    }
    String[] blocks = events.bodyText().split("\n\n", -1);
    assertEquals(3, blocks.length, events.bodyText());
    for (String block : List.of(blocks[0], blocks[1])) {
      assertTrue(block.startsWith("data: "), block);
      valid("agent_to_renderer.json", block.substring("data: ".length()));
    }
    assertEquals(written[0], blocks[0].substring("data: ".length()));
  }

  @Test
  void anActionWithoutAVersionIsAnsweredInTheVersionTheApplicationChoseForTheClient() {
    String bare = "{\"name\":\"shop.close\",\"surfaceId\":\"cart-2\",\"sourceComponentId\":\"b\",\"context\":{}}";
    ActionContext v1Client = ActionContext.empty().with(A2uiVersion.class,
        A2uiVersion.fromCapabilities(json("{\"v0.9\":{},\"v1.0\":{}}")));

    ActionResponse chosen = dispatcher.handle(bare, v1Client);
    ActionResponse unchosen = dispatcher.handle(bare, ActionContext.empty());
    ActionResponse spoken = dispatcher.handle(ADD.replace("v1.0", "v0.9"), v1Client);

    assertEquals(json("[{\"version\":\"v1.0\",\"deleteSurface\":{\"surfaceId\":\"cart-2\"}}]"), json(chosen.bodyText()));
    assertEquals(json("[{\"version\":\"v0.9\",\"deleteSurface\":{\"surfaceId\":\"cart-2\"}}]"), json(unchosen.bodyText()));
    assertEquals("v0.9", json(spoken.bodyText()).at("/0/version").asText(), "the envelope's version wins");
    assertEquals(new A2uiSource("cart-1", "add_tea", Instant.parse("2026-11-30T01:56:48.750Z")),
        A2uiSource.of(shop.lastContext).orElseThrow(), "v0.9 has no userMessage: it is skipped like any other key");
  }

  @Test
  void anAnswerWithNoV1FormIsTheHandlersFailureNotAHalfSentStream() {
    String themed = request(ADD.replace("shop.add", "shop.themed"));

    ActionResponse array = dispatcher.handle(themed, ActionContext.empty());
    ActionResponse events = dispatcher.handle(themed, ActionContext.empty().withAccept("text/event-stream"));
    ActionResponse v09 = dispatcher.handle(themed.replace("v1.0", "v0.9"), ActionContext.empty());

    assertEquals(500, array.status(), array.bodyText());
    assertEquals("handler_failed", array.errorCode().orElseThrow());
    assertEquals(500, events.status(), events.bodyText());
    assertFalse(events.isStream());
    assertEquals(200, v09.status(), v09.bodyText());
    assertEquals("#00aa00", json(v09.bodyText()).at("/0/createSurface/theme/primaryColor").asText());
  }

  @Test
  void aUserMessageThatIsNoStringIsMalformed() {
    JsonNode error = error(dispatcher.handle(ADD.replace("\"Add 2 teas\"", "2"), ActionContext.empty()), 400,
        "malformed_request");

    assertEquals(List.of("/action/userMessage"), pointers(error));
    assertTrue(shop.cart.isEmpty());
  }

  @Test
  void v1sValidationCodesAndErrorsOfAFunctionCallReachTheHook() {
    List<ErrorMessage> reported = new ArrayList<>();
    A2uiErrorHook hook = (error, context) -> reported.add(error);
    ActionDispatcher hooked = dispatcher.withHook(A2uiErrorHook.class, hook);

    ActionResponse child = hooked.handle(request("{\"version\":\"v1.0\",\"error\":{\"code\":\"UNALLOWED_CHILD\","
        + "\"surfaceId\":\"cart-1\",\"path\":\"/components/2\",\"message\":\"A Modal cannot hold a Modal\"}}"),
        ActionContext.empty());
    ActionResponse call = hooked.handle(request("{\"version\":\"v1.0\",\"error\":{\"code\":\"FUNCTION_FAILED\","
        + "\"functionCallId\":\"call-7\",\"message\":\"no clipboard\",\"detail\":{\"retry\":false}}}"),
        ActionContext.empty());

    assertEquals(200, child.status(), child.bodyText());
    assertEquals("[]", child.bodyText());
    assertEquals(200, call.status(), call.bodyText());
    assertEquals(2, reported.size());
    assertTrue(reported.get(0).validationFailed());
    assertEquals("/components/2", reported.get(0).path());
    assertFalse(reported.get(1).validationFailed());
    assertNull(reported.get(1).surfaceId());
    assertEquals("call-7", reported.get(1).functionCallId());
    assertEquals(json("{\"retry\":false}"), reported.get(1).others().get("detail"));
  }

  @Test
  void aV1ErrorTheSchemaRefusesIsMalformed() {
    String both = "{\"version\":\"v1.0\",\"error\":{\"code\":\"X\",\"surfaceId\":\"s\",\"functionCallId\":\"c\","
        + "\"message\":\"m\"}}";
    String neither = "{\"version\":\"v1.0\",\"error\":{\"code\":\"X\",\"message\":\"m\"}}";
    String noPath = "{\"version\":\"v1.0\",\"error\":{\"code\":\"UNALLOWED_PARENT\",\"surfaceId\":\"s\",\"message\":\"m\"}}";
    for (String body : List.of(both, neither, noPath)) {
      assertFalse(OfficialV1Schemas.official().problems("renderer_to_agent.json", json(body)).isEmpty(), body);
    }

    JsonNode twice = error(dispatcher.handle(both, ActionContext.empty()), 400, "malformed_request");
    JsonNode none = error(dispatcher.handle(neither, ActionContext.empty()), 400, "malformed_request");
    JsonNode pathless = error(dispatcher.handle(noPath, ActionContext.empty()), 400, "malformed_request");
    JsonNode v09 = error(dispatcher.handle(both.replace("v1.0", "v0.9"), ActionContext.empty()), 200, null);

    assertEquals(List.of("/error"), pointers(twice));
    assertTrue(twice.get("message").asText().endsWith("expected an error naming either \"surfaceId\" or"
        + " \"functionCallId\", found both."), twice.toString());
    assertEquals(List.of("/error"), pointers(none));
    assertEquals(List.of("/error/path"), pointers(pathless));
    assertNull(v09, "v0.9 knows no functionCallId: it is one more key of an error about a surface");
  }

  @Test
  void theAnswersToFunctionsTheAgentCalledReachTheHookTypedWithTheRequestsContext() {
    List<RendererFunctionResponse> answered = new ArrayList<>();
    List<ActionContext> contexts = new ArrayList<>();
    ActionDispatcher hooked = dispatcher.withHook(A2uiFunctionResponseHook.class, (response, context) -> {
      answered.add(response);
      contexts.add(context);
    });
    ActionContext tenant = ActionContext.empty().with(String.class, "acme");

    ActionResponse value = hooked.handle(request("{\"rendererFunctionResponse\":{\"functionCallId\":\"c2\","
        + "\"value\":{\"width\":1280}},\"version\":\"v1.0\"}"), tenant);
    ActionResponse nothing = hooked.handle(request("{\"version\":\"v1.0\",\"rendererFunctionResponse\":"
        + "{\"functionCallId\":\"c3\",\"value\":null}}"), tenant.withAccept("application/jsonl"));
    ActionResponse failed = hooked.handle(request("{\"version\":\"v1.0\",\"rendererFunctionResponse\":"
        + "{\"functionCallId\":\"c4\",\"error\":{\"code\":\"NO_CLIPBOARD\",\"message\":\"denied\"}}}"), tenant);

    assertEquals(200, value.status(), value.bodyText());
    assertEquals("[]", value.bodyText());
    assertEquals(200, nothing.status(), nothing.bodyText());
    assertEquals("", nothing.bodyText());
    assertEquals(200, failed.status(), failed.bodyText());
    assertEquals(List.of(new RendererFunctionResponse("c2", json("{\"width\":1280}"), null),
        new RendererFunctionResponse("c3", json("null"), null),
        new RendererFunctionResponse("c4", null, new FunctionError("NO_CLIPBOARD", "denied"))), answered);
    assertEquals(List.of("acme", "acme", "acme"),
        contexts.stream().map(context -> context.get(String.class).orElseThrow()).collect(Collectors.toList()));
    assertTrue(shop.cart.isEmpty(), "a function response goes to no handler");
  }

  @Test
  void theCallsTheAgentSentAreMatchedToTheRenderersAnswersThroughTheEndpoint() {
    RendererFunctionCalls calls = RendererFunctionCalls.withCapacity(10);
    ActionDispatcher hooked = dispatcher.withHook(A2uiFunctionResponseHook.class, calls);
    CallRendererFunction call = CallRendererFunction.of("help-1", Functions.openUrl("https://example.com/help"));
    CompletableFuture<RendererFunctionResponse> answer = calls.expect(call);
    valid("agent_to_renderer.json", A2ui.writer(A2uiVersion.V1_0).toJson(call));

    ActionResponse other = hooked.handle(request("{\"version\":\"v1.0\",\"rendererFunctionResponse\":"
        + "{\"functionCallId\":\"help-2\",\"value\":true}}"), ActionContext.empty());
    boolean doneBeforeItsAnswer = answer.isDone();
    ActionResponse its = hooked.handle(request("{\"version\":\"v1.0\",\"rendererFunctionResponse\":"
        + "{\"functionCallId\":\"help-1\",\"value\":true}}"), ActionContext.empty());

    assertEquals("[]", other.bodyText(), "an answer no call waits for is taken all the same");
    assertFalse(doneBeforeItsAnswer);
    assertEquals("[]", its.bodyText());
    assertEquals(new RendererFunctionResponse("help-1", json("true"), null), answer.getNow(null));
    assertEquals(0, calls.waiting());
  }

  @Test
  void withoutAHookTheAnswerToAFunctionTheAgentCalledIsRefusedAsUnsupportedNamingTheHook() {
    ActionResponse response = dispatcher.handle(request("{\"rendererFunctionResponse\":{\"functionCallId\":\"c2\","
        + "\"value\":1},\"version\":\"v1.0\"}"), ActionContext.empty());

    assertEquals("This endpoint has nothing to take the answer to function call \"c2\": give the dispatcher an"
        + " A2uiFunctionResponseHook.", error(response, 400, "unsupported_request").get("message").asText());
  }

  @Test
  void aFunctionResponseHookThatThrowsIsAnsweredAsAFailingHandlerIs() {
    ActionDispatcher hooked = dispatcher.withHook(A2uiFunctionResponseHook.class, (response, context) -> {
      throw new IllegalStateException("no call " + response.functionCallId() + " is waiting");
    });

    ActionResponse response = hooked.handle(request("{\"version\":\"v1.0\",\"rendererFunctionResponse\":"
        + "{\"functionCallId\":\"c9\",\"value\":1}}"), ActionContext.empty());

    assertEquals("The server failed to take the report; it logged why.",
        error(response, 500, "handler_failed").get("message").asText());
  }

  @Test
  void aFunctionResponseTheSchemaRefusesIsMalformedBeforeAnyHookSeesIt() {
    List<RendererFunctionResponse> answered = new ArrayList<>();
    ActionDispatcher hooked = dispatcher.withHook(A2uiFunctionResponseHook.class,
        (response, context) -> answered.add(response));
    String both = "{\"version\":\"v1.0\",\"rendererFunctionResponse\":{\"functionCallId\":\"c\",\"value\":1,"
        + "\"error\":{\"code\":\"X\",\"message\":\"m\"}}}";
    String unversioned = "{\"rendererFunctionResponse\":{\"functionCallId\":\"c\",\"value\":1}}";
    String v09 = "{\"version\":\"v0.9\",\"rendererFunctionResponse\":{\"functionCallId\":\"c\",\"value\":1}}";
    String withAction = "{\"version\":\"v1.0\",\"rendererFunctionResponse\":{\"functionCallId\":\"c\",\"value\":1},"
        + "\"action\":{\"name\":\"shop.add\",\"surfaceId\":\"s\",\"sourceComponentId\":\"b\","
        + "\"timestamp\":\"2026-11-30T01:56:48Z\",\"context\":{}}}";
    for (String body : List.of(both, unversioned, withAction)) {
      assertFalse(OfficialV1Schemas.official().problems("renderer_to_agent.json", json(body)).isEmpty(), body);
    }

    assertEquals(List.of("/rendererFunctionResponse"),
        pointers(error(hooked.handle(both, ActionContext.empty()), 400, "malformed_request")));
    assertEquals(List.of("/version"),
        pointers(error(hooked.handle(unversioned, ActionContext.empty()), 400, "malformed_request")));
    assertEquals(List.of("/rendererFunctionResponse", ""),
        pointers(error(hooked.handle(v09, ActionContext.empty()), 400, "malformed_request")),
        "v0.9 knows no function response, so the message is none of v0.9's either");
    assertEquals(List.of("/rendererFunctionResponse"),
        pointers(error(hooked.handle(withAction, ActionContext.empty()), 400, "malformed_request")));
    assertEquals(List.of(), answered);
    assertTrue(shop.cart.isEmpty());
  }

  /** {@code body}, after checking the official schema takes it as a v1.0 renderer's message. */
  private static String request(String body) {
    assertEquals(List.of(), OfficialV1Schemas.official().problems("renderer_to_agent.json", json(body)), body);
    return body;
  }

  private static JsonNode valid(String schema, String text) {
    JsonNode written = json(text);
    assertEquals(List.of(), OfficialV1Schemas.official().problems(schema, written), text);
    return written;
  }

  private static JsonNode error(ActionResponse response, int status, String code) {
    assertEquals(status, response.status(), response.bodyText());
    if (code == null) {
      return null;
    }
    assertEquals(code, response.errorCode().orElseThrow(), response.bodyText());
    return json(response.bodyText()).get("error");
  }
}
