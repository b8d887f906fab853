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

  private final JsonParser parser;
  private final MalformedRequests malformed;
  private final ActionObjectReader action;
  private final RequestShape shape = new RequestShape();
  private String itemId;
  private String threadId;

  ChatKitRequestReader(JsonParser parser, ActionRoutes routes) {
    this.parser = parser;
    this.malformed = new MalformedRequests(parser);
    this.action = new ActionObjectReader(parser, routes, malformed);
  }

  /** Reads the request the parser is at the start of (ChatKitProtocol opens it). */
  ChatKitCall request() throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw malformed.at("", "an action request object");
    }
    PropertyNames names = new PropertyNames();
    // The position in ENVELOPE of the name expected next.
    int next = 0;
    for (String name = ENVELOPE.nextName(parser, next); name != null; name = ENVELOPE.nextName(parser, next)) {
      if (!names.add(name)) {
        throw malformed.duplicate("", name);
      }
      switch (name) {
        case "action":
          next = 1;
          shape.pageAction();
          action.read(ActionObjectReader.Place.PAGE);
          break;
        case "itemId":
          next = 2;
          itemId = optionalString("/itemId");
          break;
        case "type":
          next = 3;
          shape.serverType(optionalString("/type"));
          break;
        case "params":
          next = 4;
          shape.serverParams();
          readParams();
          break;
        default:
          parser.skipChildren();
      }
    }
    if (parser.nextToken() != null) {
      throw malformed.at("", "nothing after the request object");
    }
    return action.call(shape.decide(malformed), ActionObjectReader.Place.SERVER.pointer, itemId, threadId);
  }

  private void readParams() throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw malformed.at("/params", "an object");
    }
    PropertyNames names = new PropertyNames();
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      parser.nextToken();
      if (!names.add(name)) {
        throw malformed.duplicate("/params", name);
      }
      switch (name) {
        case "action":
          action.read(ActionObjectReader.Place.SERVER);
          break;
        case "item_id":
          itemId = optionalString("/params/item_id");
          break;
        case "thread_id":
          threadId = optionalString("/params/thread_id");
          break;
        default:
          parser.skipChildren();
      }
    }
  }

  private String optionalString(String pointer) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.VALUE_STRING) {
      throw malformed.at(pointer, "a string or null");
    }
    return parser.getText();
  }
}
