package dev.widgetry.a2ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.spi.ActionRoute;
import dev.widgetry.runtime.spi.ActionTable;
import dev.widgetry.runtime.spi.WidgetReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a handler returns that is no server messages is refused, naming what it answered: an action or a tool call. */
class A2uiCallTest {
  private static final ActionRoute ROUTE = new ActionRoute("greet", new ActionTable() {
    @Override
    public Class<?> handlerType() {
      return Object.class;
    }

    @Override
    public Map<String, String> actions() {
      return Map.of("greet", "greet");
    }

    @Override
    public boolean needsInstance(String type) {
      return false;
    }

    @Override
    public boolean takesPayload(String type) {
      return false;
    }

    @Override
    public String toolName(String type) {
      return type;
    }

    @Override
    public Object readPayload(String type, WidgetReader in) {
      return null;
    }

    @Override
    public Object call(Object handler, String type, Object payload, ActionContext context) {
      return null;
    }
  }, null);

  @Test
  void aRefusalNamesTheActionOrTheToolCallItAnswers() {
    IllegalStateException action =
        assertThrows(IllegalStateException.class, () -> A2uiCall.toAnswer(42, ROUTE, "an A2UI action"));
    IllegalStateException tool =
        assertThrows(IllegalStateException.class, () -> A2uiCall.toAnswer("hi", ROUTE, "an A2UI tool call"));

    assertEquals("greet returned a java.lang.Integer to an A2UI action; an A2UI action is answered with server"
        + " messages: return an A2uiAnswer, a ServerMessage, a List of them, a Surface, a Reply offering an A2uiAnswer"
        + " or a Surface, or nothing", action.getMessage());
    assertEquals("greet returned a java.lang.String to an A2UI tool call; an A2UI tool call is answered with server"
        + " messages: return an A2uiAnswer, a ServerMessage, a List of them, a Surface, a Reply offering an A2uiAnswer"
        + " or a Surface, or nothing", tool.getMessage());
  }
}
