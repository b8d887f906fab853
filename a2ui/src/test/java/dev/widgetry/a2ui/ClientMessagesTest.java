package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What renderers send back: actions and errors as the schema has them, and actions as CopilotKit forwards them. */
class ClientMessagesTest {
  private static final String ACTION = "{\"name\":\"login\",\"surfaceId\":\"gallery-login-form\","
      + "\"sourceComponentId\":\"login-btn\",\"timestamp\":\"2026-11-30T01:56:48.750Z\","
      + "\"context\":{\"email\":\"ada@example.com\"}}";

  @Test
  void anActionAsTheRendererSendsIt() {
    ActionMessage action = (ActionMessage) A2ui.parseClientMessage("{\"version\":\"v0.9\",\"action\":" + ACTION + "}");

    assertEquals("login", action.name());
    assertEquals("gallery-login-form", action.surfaceId());
    assertEquals("login-btn", action.sourceComponentId());
    assertEquals(Instant.parse("2026-11-30T01:56:48.750Z"), action.timestamp());
    assertEquals("{\"email\":\"ada@example.com\"}", action.context().toString());
  }

  @Test
  void keysBeyondTheFiveAreKept() {
    ActionMessage action = (ActionMessage) A2ui.parseClientMessage(
        "{\"version\":\"v0.9\",\"action\":" + ACTION.replace("}}", "},\"userMessage\":\"go\"}") + "}");

    assertEquals("\"go\"", action.others().get("userMessage").toString());
  }

  @Test
  void anActionAsCopilotKitForwardsIt() {
    ActionMessage bare = (ActionMessage) A2ui.parseClientMessage(
        "{\"name\":\"register\",\"surfaceId\":\"s\",\"sourceComponentId\":\"submit-btn\",\"context\":{}}");
    ActionMessage props = (ActionMessage) A2ui.parseClientMessage("{\"a2uiAction\":{\"userAction\":" + ACTION + "}}");

    assertEquals("register", bare.name());
    assertNull(bare.timestamp());
    assertEquals("login", props.name());
  }

  @Test
  void aValidationFailure() {
    ErrorMessage error = (ErrorMessage) A2ui.parseClientMessage("{\"version\":\"v0.9\",\"error\":{\"code\":"
        + "\"VALIDATION_FAILED\",\"surfaceId\":\"s\",\"path\":\"/components/0/text\",\"message\":\"missing\"}}");

    assertTrue(error.validationFailed());
    assertEquals("/components/0/text", error.path());
  }

  @Test
  void anErrorOfTheRenderersOwnHasAnyCodeAndKeepsItsKeys() {
    ErrorMessage error = (ErrorMessage) A2ui.parseClientMessage("{\"version\":\"v0.9\",\"error\":{\"code\":42,"
        + "\"surfaceId\":\"s\",\"message\":\"boom\",\"path\":[1],\"detail\":true}}");

    assertFalse(error.validationFailed());
    assertEquals("42", error.code().toString());
    assertNull(error.path());
    assertEquals("{detail=true, path=[1]}", error.others().toString());
  }

  @Test
  void aKeptKeyTwiceIsAProblem() {
    assertEquals(List.of("/action/extra"), pointers("{\"version\":\"v0.9\",\"action\":"
        + ACTION.replace("}}", "},\"extra\":1,\"extra\":2}") + "}"));
    assertEquals(List.of("/error/detail"), pointers("{\"version\":\"v0.9\",\"error\":{\"code\":42,"
        + "\"surfaceId\":\"s\",\"message\":\"boom\",\"detail\":true,\"detail\":false}}"));
  }

  @Test
  void whatTheSchemaRefusesIsRefused() {
    assertEquals(List.of("/action/timestamp"), pointers("{\"version\":\"v0.9\",\"action\":"
        + ACTION.replace(",\"timestamp\":\"2026-11-30T01:56:48.750Z\"", "") + "}"));
    assertEquals(List.of("/action/timestamp"), pointers("{\"version\":\"v0.9\",\"action\":"
        + ACTION.replace("2026-11-30T01:56:48.750Z", "yesterday") + "}"));
    assertEquals(List.of("/error"), pointers("{\"version\":\"v0.9\",\"action\":" + ACTION
        + ",\"error\":{\"code\":1,\"surfaceId\":\"s\",\"message\":\"m\"}}"));
    assertEquals(List.of("/version"), pointers("{\"action\":" + ACTION + "}"));
    assertEquals(List.of("/error"), pointers("{\"version\":\"v0.9\",\"error\":{\"code\":\"VALIDATION_FAILED\","
        + "\"surfaceId\":\"s\",\"path\":\"/a\",\"message\":\"m\",\"extra\":1}}"));
    assertEquals(List.of("/error/path"), pointers("{\"version\":\"v0.9\",\"error\":{\"code\":\"VALIDATION_FAILED\","
        + "\"surfaceId\":\"s\",\"message\":\"m\"}}"));
  }

  private static List<String> pointers(String json) {
    WidgetParseException e = assertThrows(WidgetParseException.class, () -> A2ui.parseClientMessage(json));
    return e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList());
  }
}
