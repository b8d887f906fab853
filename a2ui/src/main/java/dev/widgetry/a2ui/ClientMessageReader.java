package dev.widgetry.a2ui;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.internal.ClientMessageRules;
import dev.widgetry.a2ui.internal.MetadataRules;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.spi.WidgetReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a renderer sends back: {@code {"version", "action"}} or {@code {"version", "error"}}
 * as the schema has them; and, as CopilotKit forwards an action, the bare action object
 * {@code {name, surfaceId, sourceComponentId, context, timestamp?}}, or the forwarded props
 * {@code {"a2uiAction": {"userAction": {...}}}}, by the {@link ClientMessageRules} the endpoint's
 * reader follows too.
 */
final class ClientMessageReader {
  private static final List<String> ENVELOPE = List.of("version", "action", "error");
  private static final List<String> ENVELOPE_V1 =
      List.of("version", "action", "callAgentFunction", "rendererFunctionResponse", "error");
  private static final List<String> CALL_AGENT_FUNCTION = List.of("surfaceId", "functionCallId", "callFunction");
  private static final List<String> FUNCTION_RESPONSE = List.of("functionCallId", "value", "error");
  private static final List<String> FUNCTION_ERROR = List.of("code", "message");
  private static final List<String> ACTION = List.of("name", "surfaceId", "sourceComponentId", "timestamp", "context");
  private static final List<String> VALIDATION_ERROR = List.of("code", "surfaceId", "path", "message");

  private final A2uiVersion version;
  private final ParseOptions options;

  ClientMessageReader(A2uiVersion version, ParseOptions options) {
    this.version = version;
    this.options = MessageReader.options(options);
  }

  ClientMessage read(String json) {
    Set<String> keys = rootKeys(json);
    try (JsonParser parser = options.jsonFactory().createParser(json)) {
      WidgetReader in = new WidgetReader(parser, options);
      in.beginDocument();
      ClientMessage message;
      if (keys.contains("a2uiAction")) {
        message = forwardedProps(in);
      } else if (ClientMessageRules.isBareAction(keys)) {
        message = action(in, false);
      } else {
        message = envelope(in);
      }
      in.endDocument();
      return message;
    } catch (JsonProcessingException e) {
      throw WidgetReader.refusedDocument(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ClientMessage envelope(WidgetReader in) {
    if (!in.beginObject("an A2UI client message ({\"version\": \"" + version.wireName() + "\", and \"action\" or"
        + " \"error\"})")) {
      return null;
    }
    long present = 0;
    ClientMessage message = null;
    for (String name = in.nextName(); name != null; name = in.nextName()) {
      switch (name) {
        case "version":
          present = in.seen(present, 1, name);
          String found = in.readString();
          if (found != null && !version.accepted().contains(found)) {
            in.violation("\"" + version.wireName() + "\"", "\"" + found + "\"");
          }
          break;
        default:
          if (ClientMessageRules.isActionKey(name)) {
            in.violation("one message", "an action's \"" + name + "\" beside the envelope");
            in.skipValue();
          } else if (!ENVELOPE_V1.contains(name)) {
            // A transport's own key.
            in.skipValue();
          } else if (!envelope().contains(name)) {
            in.unknownProperty(name, "an A2UI " + version.wireName() + " client message", envelope());
          } else if (message != null || (present & 2) != 0) {
            in.violation("one of " + kinds(), "two");
            in.skipValue();
          } else {
            present |= 2;
            message = body(in, name);
          }
      }
    }
    if ((present & 1) == 0) {
      in.missingProperty("version", "\"" + version.wireName() + "\"");
    }
    if ((present & 2) == 0) {
      in.violation(kinds(), "none of them");
    }
    return message;
  }

  private List<String> envelope() {
    return version == A2uiVersion.V0_9 ? ENVELOPE : ENVELOPE_V1;
  }

  /** The kinds of message this version's renderers send, as a problem names them. */
  private String kinds() {
    return version == A2uiVersion.V0_9 ? "\"action\" or \"error\""
        : "\"action\", \"callAgentFunction\", \"rendererFunctionResponse\" or \"error\"";
  }

  private ClientMessage body(WidgetReader in, String kind) {
    switch (kind) {
      case "action":
        return action(in, true);
      case "callAgentFunction":
        return callAgentFunction(in);
      case "rendererFunctionResponse":
        return functionResponse(in);
      default:
        return error(in);
    }
  }

  /** v1.0's {@code {"surfaceId", "functionCallId", "callFunction"}}, nothing else. */
  private CallAgentFunction callAgentFunction(WidgetReader in) {
    if (!in.beginObject("a callAgentFunction object")) {
      return null;
    }
    int problems = in.problemCount();
    long present = 0;
    String surfaceId = null;
    String functionCallId = null;
    JsonNode call = null;
    for (String key = in.nextName(); key != null; key = in.nextName()) {
      switch (key) {
        case "surfaceId":
          present = in.seen(present, 1, key);
          surfaceId = in.readString();
          break;
        case "functionCallId":
          present = in.seen(present, 2, key);
          functionCallId = in.readString();
          break;
        case "callFunction":
          present = in.seen(present, 4, key);
          call = in.readTree();
          if (!call.isObject() || !call.path("call").isTextual()) {
            in.violation("a function call, {\"call\": name, \"args\": {...}}", "no such object");
          }
          break;
        default:
          in.unknownProperty(key, "callAgentFunction", CALL_AGENT_FUNCTION);
      }
    }
    MessageReader.required(in, present, 1, "surfaceId", "a string");
    MessageReader.required(in, present, 2, "functionCallId", "a string");
    MessageReader.required(in, present, 4, "callFunction", "a function call");
    return in.problemCount() == problems ? new CallAgentFunction(surfaceId, functionCallId, call) : null;
  }

  /** v1.0's {@code {"functionCallId", "value" | "error": {"code", "message"}}}, nothing else. */
  private RendererFunctionResponse functionResponse(WidgetReader in) {
    if (!in.beginObject("a function response object")) {
      return null;
    }
    int problems = in.problemCount();
    long present = 0;
    String functionCallId = null;
    JsonNode value = null;
    FunctionError error = null;
    for (String key = in.nextName(); key != null; key = in.nextName()) {
      switch (key) {
        case "functionCallId":
          present = in.seen(present, 1, key);
          functionCallId = in.readString();
          break;
        case "value":
          present = in.seen(present, 2, key);
          value = in.readTree();
          break;
        case "error":
          present = in.seen(present, 4, key);
          error = functionError(in);
          break;
        default:
          in.unknownProperty(key, "a function response", FUNCTION_RESPONSE);
      }
    }
    MessageReader.required(in, present, 1, "functionCallId", "a string");
    if ((present & 6) == 0 || (present & 6) == 6) {
      in.violation("either \"value\" or \"error\"", (present & 6) == 0 ? "neither" : "both");
    }
    return in.problemCount() == problems ? new RendererFunctionResponse(functionCallId, value, error) : null;
  }

  private FunctionError functionError(WidgetReader in) {
    if (!in.beginObject("an error object {\"code\", \"message\"}")) {
      return null;
    }
    int problems = in.problemCount();
    long present = 0;
    String code = null;
    String message = null;
    for (String key = in.nextName(); key != null; key = in.nextName()) {
      switch (key) {
        case "code":
          present = in.seen(present, 1, key);
          code = in.readString();
          break;
        case "message":
          present = in.seen(present, 2, key);
          message = in.readString();
          break;
        default:
          in.unknownProperty(key, "a function's error", FUNCTION_ERROR);
      }
    }
    MessageReader.required(in, present, 1, "code", "a string");
    MessageReader.required(in, present, 2, "message", "a string");
    return in.problemCount() == problems ? new FunctionError(code, message) : null;
  }

  /** {@code {"a2uiAction": {"userAction": {...}}}}: the props CopilotKit forwards with a user's action. */
  private ClientMessage forwardedProps(WidgetReader in) {
    ClientMessage message = null;
    if (!in.beginObject("forwarded props")) {
      return null;
    }
    for (String name = in.nextName(); name != null; name = in.nextName()) {
      if (!name.equals("a2uiAction")) {
        in.skipValue();
      } else if (in.beginObject("an a2uiAction object")) {
        long present = 0;
        for (String inner = in.nextName(); inner != null; inner = in.nextName()) {
          if (inner.equals("userAction")) {
            present = in.seen(present, 1, inner);
            message = action(in, false);
          } else {
            in.skipValue();
          }
        }
        if (present == 0) {
          in.missingProperty("userAction", "the action object");
        }
      }
    }
    return message;
  }

  /**
   * An action object; in the envelope its timestamp is required (RFC 3339), forwarded it may be
   * absent. In v1.0, {@code userMessage} and {@code metadata} are read as the schema has them. Keys
   * beyond these are kept: the schema allows them.
   */
  private ActionMessage action(WidgetReader in, boolean timestampRequired) {
    if (!in.beginObject("an action object")) {
      return null;
    }
    int problems = in.problemCount();
    long present = 0;
    String name = null;
    String surfaceId = null;
    String source = null;
    Instant timestamp = null;
    JsonNode context = null;
    String userMessage = null;
    ActionMetadata metadata = ActionMetadata.NONE;
    Map<String, JsonNode> others = new LinkedHashMap<>();
    for (String key = in.nextName(); key != null; key = in.nextName()) {
      switch (version == A2uiVersion.V0_9 ? v09ActionKey(key) : key) {
        case "name":
          present = in.seen(present, 1, key);
          name = in.readString();
          break;
        case "surfaceId":
          present = in.seen(present, 2, key);
          surfaceId = in.readString();
          break;
        case "sourceComponentId":
          present = in.seen(present, 4, key);
          source = in.readString();
          break;
        case "timestamp":
          present = in.seen(present, 8, key);
          timestamp = timestamp(in);
          break;
        case "context":
          present = in.seen(present, 16, key);
          context = in.readTree();
          if (!context.isObject()) {
            in.violation("an object", "a JSON " + context.getNodeType().toString().toLowerCase(Locale.ROOT));
          }
          break;
        case "userMessage":
          present = in.seen(present, 32, key);
          userMessage = in.readString();
          break;
        case "metadata":
          present = in.seen(present, 64, key);
          metadata = metadata(in);
          break;
        default:
          MessageReader.keepOther(in, others, key);
      }
    }
    MessageReader.required(in, present, 1, "name", "the action's name");
    MessageReader.required(in, present, 2, "surfaceId", "a string");
    MessageReader.required(in, present, 4, "sourceComponentId", "a string");
    if (timestampRequired) {
      MessageReader.required(in, present, 8, "timestamp", "an RFC 3339 date-time");
    }
    MessageReader.required(in, present, 16, "context", "an object");
    return in.problemCount() == problems
        ? new ActionMessage(name, surfaceId, source, timestamp, context, userMessage, metadata, others)
        : null;
  }

  /** v1.0's keys of an action that v0.9 does not know, which a v0.9 action keeps among its others. */
  private static String v09ActionKey(String key) {
    return key.equals("userMessage") || key.equals("metadata") ? "" : key;
  }

  private static ActionMetadata metadata(WidgetReader in) {
    JsonNode metadata = in.readTree();
    int problems = in.problemCount();
    MetadataRules.check(metadata, in::violation);
    return in.problemCount() == problems ? ActionMetadata.of(metadata) : ActionMetadata.NONE;
  }

  private static Instant timestamp(WidgetReader in) {
    String text = in.readString();
    if (text == null) {
      return null;
    }
    Instant instant = ClientMessageRules.timestamp(text);
    if (instant == null) {
      in.violation(ClientMessageRules.TIMESTAMP, "\"" + text + "\"");
    }
    return instant;
  }

  /**
   * An error: a validation failure ({@code VALIDATION_FAILED}, and in v1.0 {@code UNALLOWED_PARENT}
   * and {@code UNALLOWED_CHILD}) with {@code surfaceId}, {@code path} and {@code message} and nothing
   * else; any other code with {@code message} and, in v0.9, {@code surfaceId}, in v1.0 exactly one of
   * {@code surfaceId} and {@code functionCallId}, other keys kept.
   */
  private ErrorMessage error(WidgetReader in) {
    if (!in.beginObject("an error object")) {
      return null;
    }
    boolean v1 = version == A2uiVersion.V1_0;
    int problems = in.problemCount();
    long present = 0;
    JsonNode code = null;
    String surfaceId = null;
    String functionCallId = null;
    JsonNode path = null;
    String message = null;
    Map<String, JsonNode> others = new LinkedHashMap<>();
    for (String key = in.nextName(); key != null; key = in.nextName()) {
      switch (key) {
        case "code":
          present = in.seen(present, 1, key);
          code = in.readTree();
          break;
        case "surfaceId":
          present = in.seen(present, 2, key);
          surfaceId = in.readString();
          break;
        case "path":
          // A string in a validation failure; any JSON in an error of the renderer's own.
          present = in.seen(present, 4, key);
          path = in.readTree();
          break;
        case "message":
          present = in.seen(present, 8, key);
          message = in.readString();
          break;
        default:
          if (v1 && key.equals("functionCallId")) {
            present = in.seen(present, 16, key);
            functionCallId = in.readString();
            break;
          }
          MessageReader.keepOther(in, others, key);
      }
    }
    String codes = v1 ? "\"VALIDATION_FAILED\", \"UNALLOWED_PARENT\", \"UNALLOWED_CHILD\"" : "\"VALIDATION_FAILED\"";
    MessageReader.required(in, present, 1, "code", codes + " or a code of the renderer's own");
    MessageReader.required(in, present, 8, "message", "a string");
    boolean validation = ErrorMessage.isValidationCode(code, version);
    if (v1 && code != null && !code.isTextual()) {
      in.violation("a code as a string", "a JSON " + code.getNodeType().toString().toLowerCase(Locale.ROOT));
    }
    String pointer = null;
    if (validation) {
      MessageReader.required(in, present, 2, "surfaceId", "a string");
      MessageReader.required(in, present, 4, "path", "the JSON Pointer of what failed validation");
      if (path != null && !path.isTextual()) {
        in.violation("a " + code.asText() + " error whose path is a string", "a path of another kind");
      }
      pointer = path == null ? null : path.asText();
      List<String> keys = new ArrayList<>(others.keySet());
      if (functionCallId != null) {
        keys.add(0, "functionCallId");
      }
      for (String key : keys) {
        in.violation("only the properties of a " + code.asText() + " error (" + String.join(", ", VALIDATION_ERROR)
            + ")", "\"" + key + "\" as well");
      }
      functionCallId = null;
    } else {
      if (!v1) {
        MessageReader.required(in, present, 2, "surfaceId", "a string");
      } else if (((present & 2) == 0) == ((present & 16) == 0)) {
        in.violation("an error naming either \"surfaceId\" or \"functionCallId\"",
            (present & 2) == 0 ? "neither" : "both");
      }
      if (path != null) {
        // An error of the renderer's own has no validation path: a "path" there is one more key.
        others.put("path", path);
      }
    }
    return in.problemCount() == problems
        ? new ErrorMessage(code, surfaceId, functionCallId, pointer, message, others)
        : null;
  }

  /** The names of the root object's properties: one pass that skips their values. */
  private Set<String> rootKeys(String json) {
    Set<String> keys = new HashSet<>();
    try (JsonParser parser = options.jsonFactory().createParser(json)) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          keys.add(name);
          parser.nextToken();
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      // Malformed: the reader reports where.
    }
    return keys;
  }
}
