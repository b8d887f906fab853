package dev.widgetry.benchmarks.dispatch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;

/**
 * Reads the envelope {@code {"action": {"type", "payload"}, "itemId"}} in one streaming pass, as
 * Widgetry's dispatcher does, and hands the payload to a {@link PayloadParser} as soon as the type
 * is known (buffering it only when it comes first). Shared by the two baselines, so that they
 * differ from Widgetry only in how the payload is bound and the handler called.
 */
final class PageRequests {
  private PageRequests() {}

  static PageRequest read(JsonFactory factory, byte[] body, PayloadParser payloads) throws IOException {
    try (JsonParser parser = factory.createParser(body)) {
      expect(parser, parser.nextToken(), JsonToken.START_OBJECT);
      Action action = null;
      String itemId = null;
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        JsonToken token = parser.nextToken();
        if (name.equals("action")) {
          expect(parser, token, JsonToken.START_OBJECT);
          action = readAction(parser, payloads);
        } else if (name.equals("itemId")) {
          itemId = parser.getValueAsString();
        } else {
          parser.skipChildren();
        }
      }
      if (action == null) {
        throw new IllegalArgumentException("The request has no action");
      }
      return new PageRequest(action.type, action.payload, itemId);
    }
  }

  private static Action readAction(JsonParser parser, PayloadParser payloads) throws IOException {
    Action action = new Action();
    TokenBuffer early = null;
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      parser.nextToken();
      if (name.equals("type")) {
        action.type = parser.getText();
      } else if (name.equals("payload")) {
        if (action.type != null) {
          action.payload = payloads.parse(action.type, parser);
        } else {
          early = new TokenBuffer(null, false);
          early.copyCurrentStructure(parser);
        }
      } else {
        parser.skipChildren();
      }
    }
    if (action.type == null) {
      throw new IllegalArgumentException("The action has no type");
    }
    if (early != null) {
      try (JsonParser replay = early.asParser()) {
        replay.nextToken();
        action.payload = payloads.parse(action.type, replay);
      }
    }
    return action;
  }

  private static void expect(JsonParser parser, JsonToken found, JsonToken expected) {
    if (found != expected) {
      throw new IllegalArgumentException("Expected " + expected + " at " + parser.currentLocation() + ", found " + found);
    }
  }

  /** The action as it is read. */
  private static final class Action {
    String type;
    Object payload;
  }
}
