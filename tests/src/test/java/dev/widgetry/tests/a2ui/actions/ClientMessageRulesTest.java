package dev.widgetry.tests.a2ui.actions;

import static dev.widgetry.tests.a2ui.actions.ErrorBodies.json;
import static dev.widgetry.tests.a2ui.actions.ErrorBodies.pointers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiErrorHook;
import dev.widgetry.a2ui.A2uiReader;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A renderer's message has two readers, {@code A2ui.parseClientMessage} (every problem) and the
 * endpoint's streaming one (the first): each case here is given to both, which must take or refuse
 * it alike, at the same pointer.
 */
class ClientMessageRulesTest {
  private static final String ACTION = "{'name':'shop.add','surfaceId':'cart-1','sourceComponentId':'add',"
      + "'timestamp':'2026-11-30T09:30:00Z','context':{'sku':'tea','quantity':1,'giftWrap':false}}";
  private static final A2uiErrorHook IGNORE = (error, context) -> { };

  private final ActionDispatcher dispatcher = ActionDispatcher.of(new ShopHandlers())
      .withHook(A2uiErrorHook.class, IGNORE);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a transport's key beside the envelope is skipped | {'version':'v0.9','action':ACTION,'threadId':'t-1'} | ",
      "a transport's key beside an error report is skipped | {'version':'v0.9','error':{'code':'VALIDATION_FAILED',"
          + "'surfaceId':'s','path':'/a','message':'m'},'threadId':'t-1'} | ",
      "a key of CopilotKit's beside userAction is skipped | {'a2uiAction':{'userAction':ACTION,'origin':'button'}} | ",
      "a timestamp without seconds is no RFC 3339 date-time | {'version':'v0.9','action':"
          + "ACTION_NO_SECONDS} | /action/timestamp",
      "a bare action without its surface is missing its surfaceId | {'name':'shop.add','sourceComponentId':'add',"
          + "'context':{'sku':'tea','quantity':1,'giftWrap':false}} | /surfaceId",
      "an action's key beside the envelope is a second action | {'version':'v0.9','action':ACTION,'name':'x'} | /name",
      "an action's key beside an error report is a second message | {'version':'v0.9','error':{'code':'VALIDATION_FAILED',"
          + "'surfaceId':'s','path':'/a','message':'m'},'name':'x'} | /name",
  })
  void bothReadersFollowOneRule(String rule, String body, String pointer) {
    String json = body.replace("ACTION_NO_SECONDS", ACTION.replace("09:30:00Z", "09:30Z"))
        .replace("ACTION", ACTION).replace('\'', '"');
    List<String> expected = pointer == null ? List.of() : List.of(pointer);

    ActionResponse response = dispatcher.handle(json, ActionContext.empty());
    List<String> endpoint = response.status() == 200 ? List.of() : pointers(json(response.bodyText()).get("error"));
    List<String> parsed;
    try {
      A2ui.parseClientMessage(json);
      parsed = List.of();
    } catch (WidgetParseException e) {
      parsed = e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList());
    }

    assertEquals(expected, endpoint, "the endpoint: " + response.bodyText());
    assertEquals(expected, parsed, "parseClientMessage");
  }

  /**
   * An action's keys beside {@code "version"} with no body are an envelope whose action lost its
   * wrapper, not CopilotKit's bare action (which says no version): both readers refuse them at the
   * first action key, the whole reader saying too that the envelope has no body.
   */
  @ParameterizedTest
  @ValueSource(strings = {"v0.9", "v1.0", "v7"})
  void aBareActionBesideAVersionIsRefusedByBoth(String version) {
    String json = "{\"version\":\"" + version + "\"," + ACTION.replace('\'', '"').substring(1);

    ActionResponse response = dispatcher.handle(json, ActionContext.empty());
    A2uiReader reader = A2ui.reader(version.equals("v1.0") ? A2uiVersion.V1_0 : A2uiVersion.V0_9);
    WidgetParseException parsed = assertThrows(WidgetParseException.class, () -> reader.parseClientMessage(json));

    assertEquals(400, response.status(), response.bodyText());
    List<String> pointers = parsed.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList());
    if (version.equals("v7")) {
      assertEquals(List.of("/version"), pointers(json(response.bodyText()).get("error")));
      assertEquals("/version", pointers.get(0));
    } else {
      assertEquals(List.of("/name"), pointers(json(response.bodyText()).get("error")));
      assertEquals(List.of("/name", "/surfaceId", "/sourceComponentId", "/timestamp", "/context", ""), pointers);
    }
  }
}
