package dev.widgetry.chatkit.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.widgetry.runtime.spi.ActionFailure;
import dev.widgetry.runtime.spi.ActionRoute;
import dev.widgetry.runtime.spi.ActionRoutes;
import dev.widgetry.runtime.spi.PayloadSlot;
import dev.widgetry.runtime.spi.PropertyNames;
import dev.widgetry.runtime.spi.PropertyOrder;
import dev.widgetry.runtime.spi.Texts;
import java.io.IOException;
import java.util.List;

/**
 * Reads ChatKit's action object, {@code {"type", "payload"}}, wherever the request carries it
 * ({@code /action} for a page, {@code /params/action} for a server request). The payload goes to
 * the handler's generated parser as soon as the type is known; other properties (the action's
 * {@code handler}, {@code loadingBehavior}...) are the page's business and are skipped. A request
 * has one action: a property given twice, in one action object or across two, is malformed.
 */
final class ActionObjectReader {
  /** The action object's names in the order ChatKit sends them, matched in the parser's input. */
  private static final PropertyOrder ACTION = PropertyOrder.of(List.of("type", "payload"));

  private final JsonParser parser;
  private final ActionRoutes routes;
  private final PayloadSlot payload;
  /** Whether a payload was met; the type has its own check and message. */
  private boolean payloadSeen;
  /** The other names met, which are skipped but may not repeat either: made for the first. */
  private PropertyNames others;
  private Place place;
  private String type;

  /** Where a request carries its action object; the pointers into it are made once, not for each request. */
  enum Place {
    /** A page's {@code {"action": {...}}}. */
    PAGE("/action"),
    /** A server request's {@code {"params": {"action": {...}}}}. */
    SERVER("/params/action");

    final String pointer;
    final String payload;

    Place(String pointer) {
      this.pointer = pointer;
      this.payload = pointer + "/payload";
    }
  }

  ActionObjectReader(JsonParser parser, ActionRoutes routes) {
    this.parser = parser;
    this.routes = routes;
    this.payload = new PayloadSlot(routes);
  }

  /** Reads the action object the parser is on, found at {@code place}. */
  void read(Place place) throws IOException {
    this.place = place;
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw MalformedRequests.at(parser, place.pointer, "an action object");
    }
    // The position in ACTION of the name expected next.
    int next = 0;
    for (String name = ACTION.nextName(parser, next); name != null; name = ACTION.nextName(parser, next)) {
      if (name.equals("type")) {
        next = 1;
        readType();
      } else if (name.equals("payload")) {
        if (payloadSeen) {
          throw MalformedRequests.duplicate(parser, place.pointer, name);
        }
        payloadSeen = true;
        next = 2;
        payload.read(parser, type);
      } else {
        other(name);
      }
    }
  }

  private void other(String name) throws IOException {
    if (others == null) {
      others = new PropertyNames();
    }
    if (!others.add(name)) {
      throw MalformedRequests.duplicate(parser, place.pointer, name);
    }
    parser.skipChildren();
  }

  private void readType() throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING || type != null) {
      throw typeMalformed();
    }
    type = routes.readType(parser);
  }

  /** Why the type cannot be taken: out of line, so that {@link #readType} stays small on every request's path. */
  private ActionFailure typeMalformed() throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return MalformedRequests.at(parser, place.pointer + "/type", "the action type as a string");
    }
    // A payload read for the first type would reach the second type's handler.
    return MalformedRequests.at(parser, place.pointer + "/type", "one action type",
        "a second one, \"" + Texts.truncate(parser.getText()) + "\"");
  }

  /**
   * The action's route and payload, once the whole request has been read.
   *
   * @param absentAt where the action should have been, for the message when there was none
   */
  ChatKitCall call(ChatKitCall.Shape shape, String absentAt, String itemId, String threadId) {
    if (type == null) {
      String pointer = place == null ? absentAt : place.pointer + "/type";
      throw MalformedRequests.at(parser, pointer, "an action with a \"type\"");
    }
    ActionRoute route = routes.route(type);
    return new ChatKitCall(shape, route, payload.finish(route, place.payload), itemId, threadId);
  }
}
