package dev.widgetry.tests.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.chatkit.Theme;
import dev.widgetry.chatkit.WidgetRewrites;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.WidgetMiddleware;
import dev.widgetry.runtime.WidgetPipeline;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * {@link ActionDispatcher#withMiddleware}: the widget of every handler result, sync or async, passes
 * through the pipeline in order, with the request's context, before it is written in any shape.
 */
class ActionDispatcherMiddlewareTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The action types the user may invoke, as the application attaches them to the context. */
  record Permissions(Set<String> actionTypes) {}

  private final List<String> seen = new CopyOnWriteArrayList<>();
  private final WidgetMiddleware recordContext = (widget, context) -> {
    seen.add(context.itemId().orElse("-") + " " + context.threadId().orElse("-") + " "
        + context.get(Locale.class).map(Locale::toLanguageTag).orElse("-"));
    return widget;
  };
  private final WidgetMiddleware permitted = (widget, context) -> {
    Set<String> allowed = context.get(Permissions.class).map(Permissions::actionTypes).orElse(Set.of());
    return WidgetRewrites.withoutActions(action -> !allowed.contains(action.type())).rewrite(widget);
  };
  private final WidgetMiddleware upperCaseLabels =
      (widget, context) -> WidgetRewrites.buttonLabels(label -> label.toUpperCase(Locale.ROOT)).rewrite(widget);
  private final WidgetMiddleware dark = (widget, context) -> WidgetRewrites.theme(Theme.DARK).rewrite(widget);

  private final ActionDispatcher plain = ActionDispatcher.of(new CartHandlers(), new OrderHandlers());
  private final ActionContext context = ActionContext.empty()
      .with(Locale.class, Locale.CANADA_FRENCH)
      .with(Permissions.class, new Permissions(Set.of("order.track", "order.pay")));

  @Test
  void theWidgetOfAResultPassesThroughWithTheRequestContext() throws Exception {
    ActionDispatcher dispatcher = plain.withMiddleware(WidgetPipeline.of(recordContext, dark));

    ActionResponse response = handle(dispatcher, "{\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\","
        + "\"quantity\":2}},\"itemId\":\"w1\"}");

    assertEquals(MAPPER.readTree("{\"result\":\"update\",\"widget\":{\"type\":\"Card\",\"theme\":\"dark\",\"children\":"
        + "[{\"type\":\"Text\",\"value\":\"tea x2\"}]},\"message\":\"Added for fr-CA\"}"), tree(response));
    assertEquals(List.of("w1 - fr-CA"), seen);
  }

  @Test
  void anAsyncResultPassesThroughTheMiddlewareInTheirOrder() throws Exception {
    ActionDispatcher dispatcher = plain.withMiddleware(WidgetPipeline.of(permitted, upperCaseLabels));

    ActionResponse response = handle(dispatcher, "{\"action\":{\"type\":\"order.show\"}}");

    assertEquals(MAPPER.readTree("{\"result\":\"replace\",\"widget\":{\"type\":\"Card\",\"children\":["
        + "{\"type\":\"Text\",\"value\":\"Order #1042\"},"
        + "{\"type\":\"Button\",\"label\":\"TRACK\",\"onClickAction\":{\"type\":\"order.track\"}}],"
        + "\"confirm\":{\"label\":\"PAY\",\"action\":{\"type\":\"order.pay\"}}}}"), tree(response));
  }

  @Test
  void serverRequestsGetTheRewrittenWidgetInEveryShape() throws Exception {
    ActionDispatcher dispatcher = plain.withMiddleware(WidgetPipeline.of(recordContext, dark));

    JsonNode updated = tree(handle(dispatcher, "{\"type\":\"threads.sync_custom_action\",\"params\":{\"thread_id\":"
        + "\"t1\",\"item_id\":\"i7\",\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\",\"quantity\":1}}}}"));
    String events = handle(dispatcher, "{\"type\":\"threads.custom_action\",\"params\":{\"thread_id\":\"t2\","
        + "\"item_id\":\"i8\",\"action\":{\"type\":\"cart.quantity\",\"payload\":3}}}").bodyText();

    assertEquals("dark", updated.get("updated_item").get("widget").get("theme").asText());
    assertTrue(events.startsWith("data: ") && events.endsWith("\n\n"), events);
    JsonNode replaced = MAPPER.readTree(events.substring("data: ".length()));
    assertEquals("thread.item.replaced", replaced.get("type").asText());
    assertEquals("dark", replaced.get("item").get("widget").get("theme").asText());
    assertEquals(List.of("i7 t1 fr-CA", "i8 t2 fr-CA"), seen);
  }

  @Test
  void aResultWithoutAWidgetSkipsTheMiddleware() throws Exception {
    ActionDispatcher dispatcher = plain.withMiddleware(WidgetPipeline.of(recordContext));

    ActionResponse response = handle(dispatcher, "{\"action\":{\"type\":\"cart.clear\"}}");

    assertEquals(MAPPER.readTree("{\"result\":\"none\"}"), tree(response));
    assertEquals(List.of(), seen);
  }

  @Test
  void aMiddlewareThatThrowsGetsTheAnswerOfAHandlerThatThrows() throws Exception {
    WidgetMiddleware failing = (widget, context) -> {
      throw new IllegalStateException("secret middleware detail");
    };
    ActionDispatcher dispatcher = plain.withMiddleware(WidgetPipeline.of(failing));

    ActionResponse response = handle(dispatcher, "{\"action\":{\"type\":\"cart.quantity\",\"payload\":2}}");

    assertEquals(500, response.status());
    assertEquals("handler_failed", response.errorCode().orElseThrow());
    assertFalse(response.bodyText().contains("secret"), response.bodyText());
  }

  @Test
  void withMiddlewareReturnsACopyAndReplacesAnEarlierPipeline() throws Exception {
    ActionDispatcher darkOnly = plain.withMiddleware(WidgetPipeline.of(dark));
    ActionDispatcher recordOnly = darkOnly.withMiddleware(WidgetPipeline.of(recordContext));
    String body = "{\"action\":{\"type\":\"cart.quantity\",\"payload\":2}}";

    JsonNode fromPlain = tree(handle(plain, body)).get("widget");
    JsonNode fromDark = tree(handle(darkOnly, body)).get("widget");
    JsonNode fromRecord = tree(handle(recordOnly, body)).get("widget");

    assertFalse(fromPlain.has("theme"));
    assertEquals("dark", fromDark.get("theme").asText());
    assertFalse(fromRecord.has("theme"));
    assertEquals(List.of("- - fr-CA"), seen);
  }

  private ActionResponse handle(ActionDispatcher dispatcher, String body) {
    return dispatcher.handle(body.getBytes(StandardCharsets.UTF_8), context);
  }

  private static JsonNode tree(ActionResponse response) throws Exception {
    return MAPPER.readTree(response.body());
  }
}
