package dev.widgetry.chatkit.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.widgetry.runtime.spi.ActionRoutes;
import dev.widgetry.runtime.spi.PropertyNames;
import dev.widgetry.runtime.spi.PropertyOrder;
import java.io.IOException;
import java.util.List;

/**
 * Reads a ChatKit action request in one streaming pass: a page's {@code {"action": {...},
 * "itemId"}}, or a server request {@code {"type": "threads.custom_action" | "threads.sync_custom_action",
 * "params": {"thread_id", "item_id", "action"}}}. Which of the two it is shows only once the whole
 * envelope is read, since JSON does not order an object's properties; a body that is both, or
 * names any property of the envelope twice, is malformed.
 */
final class ChatKitRequestReader {
  /** The envelope's names in the order a page sends them (then a server request's), matched in the parser's input. */
  private static final PropertyOrder ENVELOPE = PropertyOrder.of(List.of("action", "itemId", "type", "params"));
  // The names the readers know, a bit each, so that a request's own names need no PropertyNames.
  private static final int ACTION = 1;
  private static final int ITEM_ID = 2;
  private static final int TYPE = 4;
  private static final int PARAMS = 8;
  private static final int THREAD_ID = 16;

  private final JsonParser parser;
  private final ActionObjectReader action;
  private String requestType;
  private String itemId;
  private String threadId;

  ChatKitRequestReader(JsonParser parser, ActionRoutes routes) {
    this.parser = parser;
    this.action = new ActionObjectReader(parser, routes);
  }

  /** Reads the request the parser is at the start of (ChatKitProtocol opens it). */
  ChatKitCall request() throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw MalformedRequests.at(parser, "", "an action request object");
    }
    int seen = 0;
    // Names the envelope does not know, which are skipped but may not repeat either: made for the first.
    PropertyNames others = null;
    // The position in ENVELOPE of the name expected next.
    int next = 0;
    for (String name = ENVELOPE.nextName(parser, next); name != null; name = ENVELOPE.nextName(parser, next)) {
      switch (name) {
        case "action":
          seen = once(seen, ACTION, "", name);
          next = 1;
          action.read(ActionObjectReader.Place.PAGE);
          break;
        case "itemId":
          seen = once(seen, ITEM_ID, "", name);
          next = 2;
          itemId = optionalString("/itemId");
          break;
        case "type":
          seen = once(seen, TYPE, "", name);
          next = 3;
          requestType = optionalString("/type");
          break;
        case "params":
          seen = once(seen, PARAMS, "", name);
          next = 4;
          readParams();
          break;
        default:
          others = other(others, "", name);
          parser.skipChildren();
      }
    }
    if (parser.nextToken() != null) {
      throw MalformedRequests.at(parser, "", "nothing after the request object");
    }
    ChatKitCall.Shape shape =
        RequestShape.decide((seen & ACTION) != 0, (seen & (TYPE | PARAMS)) != 0, requestType, parser);
    return action.call(shape, ActionObjectReader.Place.SERVER.pointer, itemId, threadId);
  }

  private void readParams() throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw MalformedRequests.at(parser, "/params", "an object");
    }
    int seen = 0;
    PropertyNames others = null;
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      parser.nextToken();
      switch (name) {
        case "action":
          seen = once(seen, ACTION, "/params", name);
          action.read(ActionObjectReader.Place.SERVER);
          break;
        case "item_id":
          seen = once(seen, ITEM_ID, "/params", name);
          itemId = optionalString("/params/item_id");
          break;
        case "thread_id":
          seen = once(seen, THREAD_ID, "/params", name);
          threadId = optionalString("/params/thread_id");
          break;
        default:
          others = other(others, "/params", name);
          parser.skipChildren();
      }
    }
  }

  /** Marks a known name of the object at {@code pointer} as met: a second time is malformed. */
  private int once(int seen, int bit, String pointer, String name) {
    if ((seen & bit) != 0) {
      throw MalformedRequests.duplicate(parser, pointer, name);
    }
    return seen | bit;
  }

  /** Notes a name the object at {@code pointer} does not know, in {@code others} or a set made for it. */
  private PropertyNames other(PropertyNames others, String pointer, String name) {
    PropertyNames names = others == null ? new PropertyNames() : others;
    if (!names.add(name)) {
      throw MalformedRequests.duplicate(parser, pointer, name);
    }
    return names;
  }

  private String optionalString(String pointer) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.VALUE_STRING) {
      throw MalformedRequests.at(parser, pointer, "a string or null");
    }
    return parser.getText();
  }
}
