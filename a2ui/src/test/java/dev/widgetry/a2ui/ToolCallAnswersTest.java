package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A model's tool call answered by A2UI (this module's tests have no ChatKit on the class path): the
 * handler's server messages, whatever form it returns them in, after A2UI's middleware, as
 * {@code {"a2ui_operations": [...]}} in the context's {@link A2uiVersion}, else v0.9; every
 * operation valid by the official schemas of its version (networknt).
 */
class ToolCallAnswersTest {
  private final ActionDispatcher dispatcher = ActionDispatcher.of(new ToolCallHandlers());

  private static JsonNode operations(ActionDispatcher dispatcher, String tool, ActionContext context) {
    ActionResponse response = dispatcher.dispatchToolCall(tool, "{}", context).toCompletableFuture().join();
    assertEquals(200, response.status(), response.bodyText());
    JsonNode body = OfficialExamples.parse(response.bodyText());
    assertEquals(List.of("a2ui_operations"), fieldNames(body));
    return body.get("a2ui_operations");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void assertValidV09(JsonNode operations) {
    for (JsonNode operation : operations) {
      assertEquals(List.of(), OfficialSchemas.official().problems("server_to_client.json", operation),
          operation::toString);
    }
  }

  private static void assertValidV1(JsonNode operations) {
    for (JsonNode operation : operations) {
      assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer.json", operation),
          operation::toString);
    }
  }

  @Test
  void aContextOfA2uiV1GetsV1Messages() {
    JsonNode v1 = operations(dispatcher, "greet_answer", ActionContext.empty().with(A2uiVersion.class,
        A2uiVersion.V1_0));
    JsonNode v09 = operations(dispatcher, "greet_answer", ActionContext.empty());

    assertEquals(OfficialExamples.parse("[{\"version\":\"v1.0\",\"updateDataModel\":{\"surfaceId\":\"welcome\","
        + "\"path\":\"/greeting\",\"value\":\"Hello Ada\"}},{\"version\":\"v1.0\",\"deleteSurface\":"
        + "{\"surfaceId\":\"old\"}}]"), v1);
    assertValidV1(v1);
    assertEquals(OfficialExamples.parse(v1.toString().replace("\"v1.0\"", "\"v0.9\"")), v09,
        "without a version in the context, v0.9");
    assertValidV09(v09);
  }

  @Test
  void a2uiMiddlewareChangesTheAnswerBeforeItIsWritten() {
    List<ActionContext> seen = new ArrayList<>();
    A2uiMiddleware addOne = (answer, context) -> {
      seen.add(context);
      List<ServerMessage> messages = new ArrayList<>(answer.messages());
      messages.set(1, new DeleteSurface("older"));
      messages.add(new DeleteSurface("oldest-" + answer.messages().size()));
      return new A2uiAnswer(messages);
    };
    ActionContext context = ActionContext.empty().with(A2uiVersion.class, A2uiVersion.V1_0);

    JsonNode operations = operations(dispatcher.withMiddleware(addOne), "greet_answer", context);

    assertEquals(OfficialExamples.parse("[{\"version\":\"v1.0\",\"updateDataModel\":{\"surfaceId\":\"welcome\","
        + "\"path\":\"/greeting\",\"value\":\"Hello Ada\"}},{\"version\":\"v1.0\",\"deleteSurface\":"
        + "{\"surfaceId\":\"older\"}},{\"version\":\"v1.0\",\"deleteSurface\":{\"surfaceId\":\"oldest-2\"}}]"),
        operations);
    assertEquals(List.of(context), seen, "the middleware ran once, with the tool call's context");
    assertValidV1(operations);
  }

  @Test
  void aSurfaceIsAnsweredWithItsMessages() {
    Surface surface = new ToolCallHandlers().surface();

    JsonNode operations = operations(dispatcher, "greet_surface", ActionContext.empty());

    assertEquals(OfficialExamples.parse(A2ui.toJsonArray(surface.messages())), operations);
    assertEquals(2, operations.size(), operations::toString);
    assertEquals("welcome", operations.at("/0/createSurface/surfaceId").asText());
    assertEquals("Hello Ada", operations.at("/1/updateComponents/components/0/text").asText());
    assertValidV09(operations);
  }

  @Test
  void aListOfServerMessagesIsAnsweredWithThem() {
    JsonNode operations = operations(dispatcher, "greet_list", ActionContext.empty());

    assertEquals(OfficialExamples.parse("[{\"version\":\"v0.9\",\"deleteSurface\":{\"surfaceId\":\"old\"}},"
        + "{\"version\":\"v0.9\",\"deleteSurface\":{\"surfaceId\":\"older\"}}]"), operations);
    assertValidV09(operations);
  }
}
