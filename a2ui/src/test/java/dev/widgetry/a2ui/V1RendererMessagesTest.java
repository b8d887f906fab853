package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a v1.0 renderer sends beside actions: its function calls to the agent, its responses to the
 * agent's calls, and its errors (of v1.0's validation codes, or about a function call). Each message
 * the reader takes is one the official {@code renderer_to_agent.json} takes, and each it refuses the
 * schema refuses too (networknt).
 */
class V1RendererMessagesTest {
  private static final A2uiReader V1 = A2ui.reader(A2uiVersion.V1_0);

  @Test
  void aFunctionCallToTheAgent() {
    CallAgentFunction call = (CallAgentFunction) read("{\"version\":\"v1.0\",\"callAgentFunction\":{\"surfaceId\":"
        + "\"s\",\"functionCallId\":\"c1\",\"callFunction\":{\"call\":\"formatString\",\"args\":{\"value\":\"x\"}}}}");

    assertEquals("s", call.surfaceId());
    assertEquals("c1", call.functionCallId());
    assertEquals("formatString", call.name());
    assertEquals("{\"value\":\"x\"}", call.callFunction().get("args").toString());
  }

  @Test
  void aFunctionResponseWithAValueOrAnError() {
    RendererFunctionResponse value = (RendererFunctionResponse) read("{\"version\":\"v1.0\",\"rendererFunctionResponse\":"
        + "{\"functionCallId\":\"c2\",\"value\":{\"width\":390}}}");
    RendererFunctionResponse nothing = (RendererFunctionResponse) read("{\"version\":\"v1.0\","
        + "\"rendererFunctionResponse\":{\"functionCallId\":\"c3\",\"value\":null}}");
    RendererFunctionResponse failed = (RendererFunctionResponse) read("{\"version\":\"v1.0\",\"rendererFunctionResponse\":"
        + "{\"functionCallId\":\"c4\",\"error\":{\"code\":\"DENIED\",\"message\":\"The user said no\"}}}");

    assertEquals("{\"width\":390}", value.value().toString());
    assertNull(value.error());
    assertNull(value.surfaceId());
    assertTrue(nothing.value().isNull(), "a JSON null is a value the function returned");
    assertEquals(new FunctionError("DENIED", "The user said no"), failed.error());
    assertNull(failed.value());
  }

  @Test
  void anErrorAboutAFunctionCallOrOfV1sValidationCodes() {
    ErrorMessage call = (ErrorMessage) read("{\"version\":\"v1.0\",\"error\":{\"code\":\"TIMEOUT\","
        + "\"functionCallId\":\"c5\",\"message\":\"m\",\"retryAfter\":3}}");
    ErrorMessage parent = (ErrorMessage) read("{\"version\":\"v1.0\",\"error\":{\"code\":\"UNALLOWED_PARENT\","
        + "\"surfaceId\":\"s\",\"path\":\"/components/1\",\"message\":\"m\"}}");

    assertNull(call.surfaceId());
    assertEquals("c5", call.functionCallId());
    assertEquals("3", call.others().get("retryAfter").toString());
    assertFalse(call.validationFailed());
    assertTrue(parent.validationFailed());
    assertEquals("/components/1", parent.path());
  }

  @Test
  void whatTheSchemaRefusesTheReaderRefusesWithPointers() {
    assertRefused("{\"version\":\"v1.0\",\"rendererFunctionResponse\":{\"functionCallId\":\"c\"}}",
        "/rendererFunctionResponse");
    assertRefused("{\"version\":\"v1.0\",\"rendererFunctionResponse\":{\"functionCallId\":\"c\",\"value\":1,"
        + "\"error\":{\"code\":\"X\",\"message\":\"m\"}}}", "/rendererFunctionResponse");
    assertRefused("{\"version\":\"v1.0\",\"rendererFunctionResponse\":{\"functionCallId\":\"c\",\"error\":{\"code\":"
        + "\"X\"}}}", "/rendererFunctionResponse/error/message");
    assertRefused("{\"version\":\"v1.0\",\"callAgentFunction\":{\"functionCallId\":\"c\",\"callFunction\":{\"call\":"
        + "\"f\"}}}", "/callAgentFunction/surfaceId");
    assertRefused("{\"version\":\"v1.0\",\"callAgentFunction\":{\"surfaceId\":\"s\",\"functionCallId\":\"c\","
        + "\"callFunction\":{\"call\":\"f\"},\"extra\":1}}", "/callAgentFunction/extra");
    assertRefused("{\"version\":\"v1.0\",\"error\":{\"code\":\"X\",\"surfaceId\":\"s\",\"functionCallId\":\"c\","
        + "\"message\":\"m\"}}", "/error");
    assertRefused("{\"version\":\"v1.0\",\"error\":{\"code\":\"UNALLOWED_CHILD\",\"functionCallId\":\"c\","
        + "\"message\":\"m\",\"path\":\"/x\"}}", "/error/surfaceId");
  }

  @Test
  void anActionsUserMessageAndMetadataAreItsOwnNotOthers() {
    ActionMessage action = (ActionMessage) read("{\"version\":\"v1.0\",\"action\":{\"name\":\"a\",\"surfaceId\":\"s\","
        + "\"sourceComponentId\":\"b\",\"timestamp\":\"2026-11-30T01:56:48Z\",\"context\":{},\"userMessage\":\"Go\","
        + "\"metadata\":{\"extensions\":{\"shop\":{\"tab\":3},\"a2ui_trace\":null}},\"x\":1}}");
    ActionMessage bare = (ActionMessage) V1.parseClientMessage("{\"name\":\"a\",\"surfaceId\":\"s\","
        + "\"sourceComponentId\":\"b\",\"context\":{}}");

    assertEquals("Go", action.userMessage());
    assertEquals(List.of("shop", "a2ui_trace"), List.copyOf(action.metadata().extensions().keySet()));
    assertEquals("{\"tab\":3}", action.metadata().extension("shop").orElseThrow().toString());
    assertTrue(action.metadata().extension("a2ui_trace").orElseThrow().isNull());
    assertEquals(List.of("x"), List.copyOf(action.others().keySet()));
    assertNull(bare.userMessage());
    assertEquals(ActionMetadata.NONE, bare.metadata());
  }

  @Test
  void v09KeepsAnActionsUserMessageAndMetadataAmongItsOthers() {
    ActionMessage action = (ActionMessage) A2ui.parseClientMessage("{\"version\":\"v0.9\",\"action\":{\"name\":\"a\","
        + "\"surfaceId\":\"s\",\"sourceComponentId\":\"b\",\"timestamp\":\"2026-11-30T01:56:48Z\",\"context\":{},"
        + "\"userMessage\":2,\"metadata\":[]}}");

    assertNull(action.userMessage());
    assertEquals(ActionMetadata.NONE, action.metadata());
    assertEquals("{userMessage=2, metadata=[]}", action.others().toString());
  }

  @Test
  void anActionsMetadataTheSchemaRefusesIsRefused() {
    String action = "{\"version\":\"v1.0\",\"action\":{\"name\":\"a\",\"surfaceId\":\"s\","
        + "\"sourceComponentId\":\"b\",\"timestamp\":\"2026-11-30T01:56:48Z\",\"context\":{},\"metadata\":%s}}";

    assertRefused(String.format(action, "{\"extensions\":{\"two words\":1}}"), "/action/metadata");
    assertRefused(String.format(action, "{\"tab\":3}"), "/action/metadata");
    assertRefused(String.format(action, "{\"extensions\":[]}"), "/action/metadata");
    assertRefused(String.format(action, "\"m\""), "/action/metadata");
    assertRefused(String.format(action, "{}").replace("\"metadata\":{}", "\"userMessage\":2"), "/action/userMessage");
  }

  @Test
  void v09KnowsNoFunctionMessages() {
    WidgetParseException e = assertThrows(WidgetParseException.class, () -> A2ui.parseClientMessage(
        "{\"version\":\"v0.9\",\"rendererFunctionResponse\":{\"functionCallId\":\"c\",\"value\":1}}"));

    assertEquals("/rendererFunctionResponse", e.problems().get(0).pointer());
  }

  private static ClientMessage read(String json) {
    assertEquals(List.of(),
        OfficialV1Schemas.official().problems("renderer_to_agent.json", OfficialExamples.parse(json)), json);
    return V1.parseClientMessage(json);
  }

  private static void assertRefused(String json, String pointer) {
    assertFalse(OfficialV1Schemas.official().problems("renderer_to_agent.json", OfficialExamples.parse(json)).isEmpty(),
        "the schema takes " + json);
    WidgetParseException e = assertThrows(WidgetParseException.class, () -> V1.parseClientMessage(json));
    List<String> pointers = e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList());
    assertTrue(pointers.contains(pointer), pointers + " in " + e.getMessage());
  }
}
