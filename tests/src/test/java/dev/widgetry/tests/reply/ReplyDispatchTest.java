package dev.widgetry.tests.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.a2ui.A2uiMiddleware;
import dev.widgetry.a2ui.A2uiSource;
import dev.widgetry.a2ui.DeleteSurface;
import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.chatkit.Theme;
import dev.widgetry.chatkit.WidgetRewrites;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.WidgetPipeline;
import dev.widgetry.tests.http.LogCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * One {@code @OnAction} method returning a {@link dev.widgetry.runtime.Reply}, reached by a ChatKit
 * request and by an A2UI action (in its envelope and in CopilotKit's bare shape): each protocol gets
 * its own form, built by its own supplier only, after its own middleware.
 */
class ReplyDispatchTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String CHATKIT = "{\"action\":{\"type\":\"club.join\",\"payload\":{\"name\":\"Ann\"}},"
      + "\"itemId\":\"w1\"}";
  private static final String A2UI = "{\"version\":\"v0.9\",\"action\":{\"name\":\"club.join\",\"surfaceId\":\"club-1\","
      + "\"sourceComponentId\":\"join\",\"timestamp\":\"2026-11-30T08:00:00Z\",\"context\":{\"name\":\"Ann\"}}}";
  private static final String COPILOTKIT = "{\"name\":\"club.join\",\"surfaceId\":\"club-2\",\"sourceComponentId\":"
      + "\"join\",\"context\":{\"name\":\"Bob\"}}";

  private final ClubHandlers club = new ClubHandlers();
  private final ActionDispatcher dispatcher = ActionDispatcher.of(club);

  @Test
  void aChatKitRequestGetsTheActionResultFormAndNothingElseIsBuilt() {
    ActionResponse response = dispatcher.handle(CHATKIT, ActionContext.empty());

    assertEquals(200, response.status(), response.bodyText());
    assertEquals(json("{\"result\":\"replace\",\"widget\":{\"type\":\"Card\",\"children\":[{\"type\":\"Text\","
        + "\"value\":\"Welcome Ann\"},{\"type\":\"Button\",\"label\":\"Leave\",\"onClickAction\":{\"type\":"
        + "\"club.leave\"}}]},\"message\":\"Joined\"}"), json(response.bodyText()));
    assertEquals(List.of("chatkit"), club.built);
  }

  @Test
  void anA2uiActionGetsTheA2uiAnswerFormAndNothingElseIsBuilt() {
    ActionResponse response = dispatcher.handle(A2UI, ActionContext.empty());

    assertEquals(200, response.status(), response.bodyText());
    assertEquals(json("[{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"club-1\",\"value\":{\"member\":"
        + "\"Ann\"}}}]"), json(response.bodyText()));
    assertEquals(List.of("a2ui"), club.built);
  }

  @Test
  void copilotKitsBareActionGetsTheA2uiAnswerFormToo() {
    ActionResponse response = dispatcher.handle(COPILOTKIT, ActionContext.empty());

    assertEquals(200, response.status(), response.bodyText());
    assertEquals(json("[{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"club-2\",\"value\":{\"member\":"
        + "\"Bob\"}}}]"), json(response.bodyText()));
    assertEquals(List.of("a2ui"), club.built);
  }

  @Test
  void chatKitsServerRequestsGetTheActionResultFormInTheirShape() {
    JsonNode updated = json(dispatcher.handle("{\"type\":\"threads.sync_custom_action\",\"params\":{\"thread_id\":"
        + "\"t1\",\"item_id\":\"i7\",\"action\":{\"type\":\"club.join\",\"payload\":{\"name\":\"Cy\"}}}}",
        ActionContext.empty()).bodyText());

    assertEquals("Welcome Cy", updated.at("/updated_item/widget/children/0/value").asText(), updated.toString());
    assertEquals(List.of("chatkit"), club.built);
  }

  @Test
  void anAsyncReplyGivesEachProtocolItsForm() {
    ActionResponse chatKit = dispatcher.handle(CHATKIT.replace("club.join", "club.joinLater"), ActionContext.empty());
    ActionResponse a2ui = dispatcher.handle(A2UI.replace("club.join", "club.joinLater"), ActionContext.empty());

    assertEquals("Welcome Ann", json(chatKit.bodyText()).at("/widget/children/0/value").asText(), chatKit.bodyText());
    assertEquals("Ann", json(a2ui.bodyText()).at("/0/updateDataModel/value/member").asText(), a2ui.bodyText());
    assertEquals(List.of("chatkit", "a2ui"), club.built);
  }

  @Test
  void aWidgetRootFormAndASurfaceFormAreTakenWhenTheReplyOffersThem() {
    ActionResponse chatKit = dispatcher.handle(CHATKIT.replace("club.join", "club.card"), ActionContext.empty());
    ActionResponse a2ui = dispatcher.handle(A2UI.replace("club.join", "club.card"), ActionContext.empty());

    JsonNode replaced = json(chatKit.bodyText());
    assertEquals("replace", replaced.get("result").asText(), chatKit.bodyText());
    assertEquals("Welcome Ann", replaced.at("/widget/children/0/value").asText());
    JsonNode messages = json(a2ui.bodyText());
    assertEquals("welcome", messages.at("/0/createSurface/surfaceId").asText(), a2ui.bodyText());
    assertEquals("Welcome Ann", messages.at("/1/updateComponents/components/0/text").asText());
    assertEquals(List.of("chatkit", "a2ui"), club.built);
  }

  @Test
  void aReplyWithoutTheAskingProtocolsFormIsAHandlerFailureThatNamesTheForms() {
    try (LogCapture log = LogCapture.of(ActionDispatcher.class)) {
      ActionResponse a2ui = dispatcher.handle(A2UI.replace("club.join", "club.chatOnly"), ActionContext.empty());
      ActionResponse chatKit = dispatcher.handle(CHATKIT.replace("club.join", "club.chatOnly"), ActionContext.empty());

      JsonNode error = error(a2ui, 500, "handler_failed");
      assertEquals("The handler of action \"club.chatOnly\" failed; the server logged why.",
          error.get("message").asText());
      List<LogRecord> records = log.records();
      assertEquals(1, records.size());
      assertEquals("ClubHandlers.chatOnly returned a Reply with no form for A2UI: it offers ActionResult, and A2UI"
          + " takes A2uiAnswer or Surface. Add one with .or(A2uiAnswer.class, () -> ...)",
          records.get(0).getThrown().getMessage());
      assertEquals(200, chatKit.status(), chatKit.bodyText());
      assertEquals(List.of("chatkit"), club.built);
    }
  }

  @Test
  void aSupplierThatThrowsIsAHandlerFailureWithoutItsDetails() {
    try (LogCapture log = LogCapture.of(ActionDispatcher.class)) {
      JsonNode chatKit = error(dispatcher.handle(CHATKIT.replace("club.join", "club.broken"), ActionContext.empty()),
          500, "handler_failed");
      JsonNode a2ui = error(dispatcher.handle(A2UI.replace("club.join", "club.broken"), ActionContext.empty()),
          500, "handler_failed");

      assertFalse(chatKit.toString().contains("secret"), chatKit.toString());
      assertFalse(a2ui.toString().contains("secret"), a2ui.toString());
      assertEquals(2, log.records().size());
      assertEquals("secret internal detail", log.records().get(1).getThrown().getMessage());
    }
  }

  @Test
  void eachProtocolsMiddlewareRunsOnItsOwnFormAsOnADirectReturn() {
    List<String> seen = new ArrayList<>();
    A2uiMiddleware closeIt = (answer, context) -> {
      seen.add("a2ui " + answer.messages().size());
      return A2uiAnswer.of(new DeleteSurface(A2uiSource.of(context).orElseThrow().surfaceId()));
    };
    ActionDispatcher withBoth = dispatcher
        .withMiddleware(WidgetPipeline.of((widget, context) -> {
          seen.add("chatkit " + context.itemId().orElse("-"));
          return WidgetRewrites.theme(Theme.DARK).rewrite(widget);
        }))
        .withMiddleware(closeIt);

    ActionResponse chatKit = withBoth.handle(CHATKIT, ActionContext.empty());
    ActionResponse a2ui = withBoth.handle(COPILOTKIT, ActionContext.empty());

    assertEquals("dark", json(chatKit.bodyText()).at("/widget/theme").asText(), chatKit.bodyText());
    assertEquals(json("[{\"version\":\"v0.9\",\"deleteSurface\":{\"surfaceId\":\"club-2\"}}]"), json(a2ui.bodyText()));
    assertEquals(List.of("chatkit w1", "a2ui 1"), seen);
  }

  private static JsonNode error(ActionResponse response, int status, String code) {
    assertEquals(status, response.status(), response.bodyText());
    assertEquals(code, response.errorCode().orElseThrow(), response.bodyText());
    return json(response.bodyText()).get("error");
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (Exception e) {
      throw new AssertionError("Not JSON: " + text, e);
    }
  }
}
