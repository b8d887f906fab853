package dev.widgetry.runtime.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.spi.Texts;
import dev.widgetry.runtime.spi.WidgetReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads an action request in one streaming pass: the envelope by hand, the payload with the
 * handler's generated parser as soon as the action type is known (the payload is buffered only
 * when it comes before the type). Anything that keeps the request from its handler becomes an
 * {@link ActionFailure}.
 */
public final class ActionRequestReader {
  private static final String SYNC = "threads.sync_custom_action";
  private static final String STREAM = "threads.custom_action";

  private final Map<String, ActionRoute> routes;
  private final List<String> actionTypes;
  private final ParseOptions options;

  public ActionRequestReader(Map<String, ActionRoute> routes, ParseOptions options) {
    this.routes = routes;
    this.actionTypes = routes.keySet().stream().sorted().collect(Collectors.toUnmodifiableList());
    this.options = options;
  }

  public ActionRequest read(byte[] body) {
    try (JsonParser parser = options.jsonFactory().createParser(body)) {
      return new Pass(parser).request();
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The state of reading one request. */
  private final class Pass {
    private final JsonParser parser;
    private String requestType;
    private boolean pageAction;
    private String itemId;
    private String threadId;
    private String actionType;
    private String actionPointer;
    /** The route of the action type, once looked up. */
    private ActionRoute route;
    private boolean payloadSeen;
    private Object payload;
    private TokenBuffer bufferedPayload;
    private List<ParseProblem> payloadProblems = List.of();

    Pass(JsonParser parser) {
      this.parser = parser;
    }

    ActionRequest request() throws IOException {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw shape("", "an action request object");
      }
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        parser.nextToken();
        switch (name) {
          case "action":
            pageAction = true;
            readAction("/action");
            break;
          case "itemId":
            itemId = optionalString("/itemId");
            break;
          case "type":
            requestType = optionalString("/type");
            break;
          case "params":
            readParams();
            break;
          default:
            parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        throw shape("", "nothing after the request object");
      }
      return finish();
    }

    private ActionRequest finish() {
      ActionRequest.Shape shape = shape();
      if (actionType == null) {
        throw shape(actionPointer == null ? (pageAction ? "/action" : "/params/action") : actionPointer + "/type",
            "an action with a \"type\"");
      }
      if (route == null) {
        route = routes.get(actionType);
      }
      if (route == null) {
        String hint = Texts.didYouMean(actionType, actionTypes);
        throw new ActionFailure(ActionError.UNKNOWN_ACTION, "No handler for action type \"" + Texts.truncate(actionType)
            + "\"." + (hint.isEmpty() ? "" : " " + hint) + " Known types: " + String.join(", ", actionTypes) + ".");
      }
      if (!route.table().takesPayload(actionType)) {
        return new ActionRequest(shape, route, null, itemId, threadId);
      }
      readPayloadIfPending();
      if (!payloadProblems.isEmpty()) {
        throw invalidPayload(payloadProblems);
      }
      return new ActionRequest(shape, route, payload, itemId, threadId);
    }

    private ActionRequest.Shape shape() {
      if (pageAction) {
        return ActionRequest.Shape.PAGE;
      }
      if (SYNC.equals(requestType)) {
        return ActionRequest.Shape.SYNC;
      }
      if (STREAM.equals(requestType)) {
        return ActionRequest.Shape.STREAM;
      }
      if (requestType != null) {
        throw new ActionFailure(ActionError.UNSUPPORTED_REQUEST, "A ChatKit request of type \""
            + Texts.truncate(requestType) + "\" has no action to dispatch: only " + STREAM + " and " + SYNC + " do.");
      }
      throw shape("", "{\"action\": {...}} or a ChatKit " + STREAM + " request");
    }

    private void readParams() throws IOException {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw shape("/params", "an object");
      }
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        parser.nextToken();
        switch (name) {
          case "action":
            readAction("/params/action");
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

    private void readAction(String pointer) throws IOException {
      actionPointer = pointer;
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw shape(pointer, "an action object");
      }
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        parser.nextToken();
        if (name.equals("type")) {
          if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw shape(pointer + "/type", "the action type as a string");
          }
          if (actionType != null) {
            // A payload read for the first type would reach the second type's handler.
            throw shape(pointer + "/type", "one action type", "a second one, \"" + Texts.truncate(parser.getText()) + "\"");
          }
          actionType = parser.getText();
        } else if (name.equals("payload")) {
          readPayload();
        } else {
          parser.skipChildren();
        }
      }
    }

    /** Parses the payload now if the type is known; else keeps its tokens until it is. */
    private void readPayload() throws IOException {
      payloadSeen = true;
      if (actionType != null) {
        route = routes.get(actionType);
        if (route == null || !route.table().takesPayload(actionType)) {
          parser.skipChildren();
        } else {
          parsePayload(new WidgetReader(parser, options));
        }
        return;
      }
      bufferedPayload = new TokenBuffer(null, false);
      bufferedPayload.copyCurrentStructure(parser);
    }

    private void readPayloadIfPending() {
      try {
        if (bufferedPayload != null) {
          JsonParser replay = bufferedPayload.asParser();
          replay.nextToken();
          parsePayload(new WidgetReader(replay, options, payloadPointer()));
        } else if (!payloadSeen) {
          JsonParser absent = options.jsonFactory().createParser("null");
          absent.nextToken();
          parsePayload(new WidgetReader(absent, options, payloadPointer()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Where the payload is, or would be, in the request: for a payload read apart from its request. */
    private String payloadPointer() {
      return (actionPointer == null ? "/action" : actionPointer) + "/payload";
    }

    private void parsePayload(WidgetReader in) {
      try {
        payload = route.table().readPayload(actionType, in);
      } catch (WidgetParseException aborted) {
        // The reader gave up inside the payload (an exceeded limit, too many problems): where the
        // request goes on from there is unknown, so the request ends here.
        throw invalidPayload(aborted.problems());
      }
      try {
        in.finish();
      } catch (WidgetParseException e) {
        payloadProblems = e.problems();
      }
    }

    private ActionFailure invalidPayload(List<ParseProblem> problems) {
      return new ActionFailure(ActionError.INVALID_PAYLOAD,
          "The payload of action \"" + actionType + "\" is not valid: " + problems.get(0).message(), problems);
    }

    private String optionalString(String pointer) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.VALUE_STRING) {
        throw shape(pointer, "a string or null");
      }
      return parser.getText();
    }

    private ActionFailure shape(String pointer, String expected) {
      return shape(pointer, expected, describeCurrent());
    }

    private ActionFailure shape(String pointer, String expected, String found) {
      JsonLocation at = parser.currentTokenLocation();
      List<ParseProblem> problems = new ArrayList<>();
      problems.add(new ParseProblem(pointer, expected, found, at.getLineNr(), at.getColumnNr(), ""));
      return new ActionFailure(ActionError.MALFORMED_REQUEST,
          "The body is not an action request: " + problems.get(0).message(), problems);
    }

    private String describeCurrent() {
      JsonToken token = parser.currentToken();
      if (token == null) {
        return "nothing";
      }
      switch (token) {
        case START_OBJECT:
          return "an object";
        case START_ARRAY:
          return "an array";
        case VALUE_NULL:
          return "null";
        case FIELD_NAME:
          return "another property";
        case END_OBJECT:
        case END_ARRAY:
          return "the end of " + (token == JsonToken.END_OBJECT ? "an object" : "an array");
        default:
          return token.isNumeric() ? "a number" : token.isBoolean() ? "a boolean" : "a string";
      }
    }
  }

  private static ActionFailure malformed(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    ParseProblem problem = new ParseProblem("", "a JSON request body", Texts.parserFailure(e.getOriginalMessage()),
        at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(), "");
    return new ActionFailure(ActionError.MALFORMED_REQUEST, "The body is not JSON: " + problem.message(), List.of(problem));
  }
}
