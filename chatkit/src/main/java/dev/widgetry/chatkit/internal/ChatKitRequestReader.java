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
  // The names the readers know, a bit each, so that a request's own names need no PropertyNames. An
  // envelope name's bit is 1 << its position in ENVELOPE: request() derives the next position from it.
  private static final int ACTION = 1 << 0;
  private static final int ITEM_ID = 1 << 1;
  private static final int TYPE = 1 << 2;
  private static final int PARAMS = 1 << 3;
  private static final int THREAD_ID = 1 << 4;
  /** What {@link #member} returns for a name the envelope does not know. */
  private static final int UNKNOWN = -1;

  private final JsonParser parser;
  private final ActionObjectReader action;
  private String requestType;
  private String itemId;
  private String threadId;

  ChatKitRequestReader(JsonParser parser, ActionRoutes routes) {
    this.parser = parser;
    this.action = new ActionObjectReader(parser, routes);
  }

  /**
   * Reads the request the parser is at the start of (ChatKitProtocol opens it). Its members are read
   * in {@link #member}, which runs once for each and so is compiled before this method: C2 then
   * calls it in every run. With the members read here (411 bytes in all), C2 inlined the action
   * reader in some runs and called it in others (benchmarks/ANALYSIS.md).
   */
  ChatKitCall request() throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw MalformedRequests.at(parser, "", "an action request object");
    }
    int seen = 0;
    // Names the envelope does not know, which are skipped but may not repeat either: made for the first.
    PropertyNames others = null;
    // The position in ENVELOPE of the name expected next: the one after the name just met.
    int next = 0;
    for (String name = ENVELOPE.nextName(parser, next); name != null; name = ENVELOPE.nextName(parser, next)) {
      int known = member(name, seen);
      if (known == UNKNOWN) {
        others = other(others, "", name);
        parser.skipChildren();
      } else {
        next = Integer.numberOfTrailingZeros(known & ~seen) + 1;
        seen = known;
      }
    }
    if (parser.nextToken() != null) {
      throw MalformedRequests.at(parser, "", "nothing after the request object");
    }
    ChatKitCall.Shape shape =
        RequestShape.decide((seen & ACTION) != 0, (seen & (TYPE | PARAMS)) != 0, requestType, parser);
    return action.call(shape, ActionObjectReader.Place.SERVER.pointer, itemId, threadId);
  }

  /**
   * Reads the envelope's member {@code name}, if it is one the envelope knows: the names met with
   * it, {@code seen} and its bit, or {@link #UNKNOWN}, read nothing.
   */
  private int member(String name, int seen) throws IOException {
    switch (name) {
      case "action":
        int withAction = once(seen, ACTION, "", name);
        action.read(ActionObjectReader.Place.PAGE);
        return withAction;
      case "itemId":
        int withItemId = once(seen, ITEM_ID, "", name);
        itemId = optionalString("/itemId");
        return withItemId;
      case "type":
        int withType = once(seen, TYPE, "", name);
        requestType = optionalString("/type");
        return withType;
      case "params":
        int withParams = once(seen, PARAMS, "", name);
        readParams();
        return withParams;
      default:
        return UNKNOWN;
    }
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
