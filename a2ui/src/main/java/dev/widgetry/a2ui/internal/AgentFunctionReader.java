package dev.widgetry.a2ui.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.widgetry.a2ui.A2uiFunctionSource;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.spi.ActionCall;
import dev.widgetry.runtime.spi.ActionFailure;
import dev.widgetry.runtime.spi.ActionRoute;
import dev.widgetry.runtime.spi.ActionRoutes;
import dev.widgetry.runtime.spi.PayloadSlot;
import dev.widgetry.runtime.spi.PropertyNames;
import java.io.IOException;

/**
 * Reads a v1.0 renderer's {@code "callAgentFunction": {"surfaceId", "functionCallId",
 * "callFunction": {"call", "args", "catalogId"?}}}. The function's name is an action type: its args
 * go to the generated parser of the {@code @OnAction} handler of that name as soon as the name is
 * known (kept as tokens when they come first), so their problems point into the request ({@code
 * /callAgentFunction/callFunction/args/quantity}). Other keys of the call are its catalog's
 * business and are skipped; the message itself has only its three.
 */
final class AgentFunctionReader {
  private static final String AT = "/callAgentFunction";
  private static final String CALL_AT = AT + "/callFunction";

  private final JsonParser parser;
  private final Malformed malformed;
  private final PayloadSlot args;
  private final PropertyNames names = new PropertyNames();
  private final PropertyNames callNames = new PropertyNames();
  private boolean seen;
  private String surfaceId;
  private String functionCallId;
  private String function;
  private boolean hasCall;

  AgentFunctionReader(JsonParser parser, ActionRoutes routes, Malformed malformed) {
    this.parser = parser;
    this.malformed = malformed;
    this.args = new PayloadSlot(routes);
  }

  /** Whether a function call has been read. */
  boolean seen() {
    return seen;
  }

  /** Reads the {@code callAgentFunction} object the parser is on. */
  void read() throws IOException {
    seen = true;
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw malformed.at(AT, "a callAgentFunction object {\"surfaceId\", \"functionCallId\", \"callFunction\"}");
    }
    for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
      parser.nextToken();
      if (!names.add(key)) {
        throw malformed.duplicate(AT, key);
      }
      switch (key) {
        case "surfaceId":
          surfaceId = string(AT, key, "the surface's id as a string");
          break;
        case "functionCallId":
          functionCallId = string(AT, key, "the call's id as a string");
          break;
        case "callFunction":
          hasCall = true;
          readCall();
          break;
        default:
          throw malformed.at(AT + "/" + key, "only \"surfaceId\", \"functionCallId\" and \"callFunction\"",
              "\"" + key + "\"");
      }
    }
  }

  private void readCall() throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw malformed.at(CALL_AT, "a function call {\"call\", \"args\"}");
    }
    for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
      parser.nextToken();
      if (!callNames.add(key)) {
        throw malformed.duplicate(CALL_AT, key);
      }
      switch (key) {
        case "call":
          function = string(CALL_AT, key, "the function's name as a string");
          break;
        case "args":
          if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw malformed.at(CALL_AT + "/args", "the function's args as an object");
          }
          args.read(parser, function);
          break;
        default:
          parser.skipChildren();
      }
    }
  }

  private String string(String at, String key, String expected) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw malformed.at(at + "/" + key, expected);
    }
    return parser.getText();
  }

  /**
   * The call's handler, args and source, once the whole request has been read; a call that reaches
   * no handler (an unknown function, args that do not fit) is answered under its id.
   *
   * @param version the version the envelope says, which must be v1.0
   */
  ActionCall call(ActionRoutes routes, A2uiVersion version) {
    require(surfaceId != null, AT, "surfaceId", "the surface's id");
    require(functionCallId != null, AT, "functionCallId", "the call's id");
    require(hasCall, AT, "callFunction", "the function call {\"call\", \"args\"}");
    require(function != null, CALL_AT, "call", "the function's name");
    if (version != A2uiVersion.V1_0) {
      throw malformed.at("/version", "\"v1.0\": callAgentFunction is a message of A2UI v1.0",
          version == null ? "no version" : "\"" + version.wireName() + "\"");
    }
    ActionRoute route;
    Object payload;
    try {
      route = routes.route(function);
      payload = args.finish(route, CALL_AT + "/args");
    } catch (ActionFailure failure) {
      if (failure.error() != ActionError.UNKNOWN_ACTION && failure.error() != ActionError.INVALID_PAYLOAD) {
        throw failure;
      }
      return new A2uiFunctionRefusal(functionCallId, failure);
    }
    return new A2uiFunctionCall(route, payload, new A2uiFunctionSource(surfaceId, functionCallId));
  }

  private void require(boolean present, String at, String key, String expected) {
    if (!present) {
      throw malformed.missing(at, key, expected);
    }
  }
}
