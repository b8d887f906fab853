package dev.widgetry.chatkit.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.widgetry.runtime.spi.ActionCall;
import dev.widgetry.runtime.spi.ActionFailure;
import dev.widgetry.runtime.spi.ActionProtocol;
import dev.widgetry.runtime.spi.ActionRoute;
import dev.widgetry.runtime.spi.ActionRoutes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * ChatKit's action requests, for {@link dev.widgetry.runtime.ActionDispatcher}: the body a page's
 * {@code widgets.onAction} forwards, and the {@code threads.custom_action} and
 * {@code threads.sync_custom_action} server requests. Registered in {@code META-INF/services}.
 */
public final class ChatKitProtocol implements ActionProtocol {
  /** Property names that only ChatKit's requests have at their top level. */
  private static final Set<String> TOP_LEVEL = Set.of("itemId", "type", "params", "metadata");
  /** Property names of ChatKit's action object, which tell it from other protocols' {@code "action"}. */
  private static final Set<String> IN_ACTION = Set.of("type", "payload", "handler", "loadingBehavior", "streaming");

  @Override
  public String name() {
    return "ChatKit";
  }

  @Override
  public String requestShapes() {
    return "{\"action\": {...}} or a ChatKit " + RequestShape.STREAM + " request";
  }

  @Override
  public boolean recognizes(String name, String innerName) {
    if (name.equals("action")) {
      // An action object with no name another protocol claims (an empty one, say) is reported by ChatKit's reader.
      return innerName == null || IN_ACTION.contains(innerName);
    }
    return TOP_LEVEL.contains(name);
  }

  @Override
  public ActionCall read(byte[] body, ActionRoutes routes) {
    // The parser is opened here, not in a method of the reader's: each method a request passes through
    // once is one more that C2 may compile apart first and then leave out of line (benchmarks/ANALYSIS.md).
    try (JsonParser parser = ActionFailure.openBody(body, routes.options())) {
      return new ChatKitRequestReader(parser, routes).request();
    } catch (JsonProcessingException e) {
      throw ActionFailure.notJson(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A tool call is answered as the action a page forwards is: {@code {"result", "widget"?, "message"?}}. */
  @Override
  public ActionCall toolCall(ActionRoute route, Object payload) {
    return new ChatKitCall(ChatKitCall.Shape.PAGE, route, payload, null, null);
  }
}
