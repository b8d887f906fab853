package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.widgetry.a2ui.basic.Functions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The agent's function messages of A2UI v1.0, written: a call of a renderer function (its call
 * without {@code returnType}, with the {@code catalogId} v1.0 requires there) and a response to a
 * renderer's call, each valid by the official {@code agent_to_renderer.json} (networknt).
 */
class V1FunctionMessagesTest {
  private static final A2uiWriter V1 = A2ui.writer(A2uiVersion.V1_0);
  private static final String BASIC_V1 = "https://a2ui.org/specification/v1_0/catalogs/basic/catalog.json";

  @Test
  void aCallOfARendererFunctionNamesItsCatalogAndCarriesNoReturnType() {
    String open = V1.toJson(CallRendererFunction.of("call-1", Functions.openUrl("https://example.com/help")));
    String format = V1.toJson(new CallRendererFunction("call-2", Functions.formatString("Total: ${/total}"),
        "https://acme.example/catalog.json"));

    assertEquals(OfficialExamples.parse("{\"version\":\"v1.0\",\"callRendererFunction\":{\"functionCallId\":\"call-1\","
        + "\"callFunction\":{\"call\":\"openUrl\",\"args\":{\"url\":\"https://example.com/help\"},\"catalogId\":\""
        + BASIC_V1 + "\"}}}"), valid(open));
    assertEquals(OfficialExamples.parse("{\"call\":\"formatString\",\"args\":{\"value\":\"Total: ${/total}\"},"
        + "\"catalogId\":\"https://acme.example/catalog.json\"}"), OfficialExamples.parse(format)
        .at("/callRendererFunction/callFunction"));
  }

  @Test
  void aResponseCarriesTheValueOrTheError() {
    String value = V1.toJson(AgentFunctionResponse.value("call-3",
        JsonNodeFactory.instance.objectNode().put("temperature", 21.5)));
    String none = V1.toJson(AgentFunctionResponse.value("call-4", JsonNodeFactory.instance.nullNode()));
    String error = V1.toJson(AgentFunctionResponse.error("call-5", "NOT_FOUND", "No such city"));

    assertEquals(OfficialExamples.parse("{\"version\":\"v1.0\",\"agentFunctionResponse\":{\"functionCallId\":\"call-3\","
        + "\"value\":{\"temperature\":21.5}}}"), valid(value));
    assertEquals(OfficialExamples.parse("{\"version\":\"v1.0\",\"agentFunctionResponse\":{\"functionCallId\":\"call-4\","
        + "\"value\":null}}"), valid(none));
    assertEquals(OfficialExamples.parse("{\"version\":\"v1.0\",\"agentFunctionResponse\":{\"functionCallId\":\"call-5\","
        + "\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"No such city\"}}}"), valid(error));
  }

  @Test
  void v09HasNoFunctionMessagesAndAResponseIsOneThingOrTheOther() {
    IllegalArgumentException v09 = assertThrows(IllegalArgumentException.class,
        () -> A2ui.writer(A2uiVersion.V0_9).toJson(CallRendererFunction.of("c", Functions.openUrl("https://a.b"))));
    IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> new AgentFunctionResponse("c",
        JsonNodeFactory.instance.numberNode(1), new FunctionError("X", "m")));

    assertEquals("A2UI v0.9 has no function messages, and CallRendererFunction \"c\" is one: write it with"
        + " A2ui.writer(A2uiVersion.V1_0)", v09.getMessage());
    assertEquals("A function response carries either a value or an error", both.getMessage());
  }

  private static JsonNode valid(String json) {
    JsonNode written = OfficialExamples.parse(json);
    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer.json", written), json);
    return written;
  }
}
