package dev.widgetry.a2ui.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.ClientMessage;
import dev.widgetry.a2ui.ErrorMessage;
import dev.widgetry.a2ui.RendererFunctionResponse;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.spi.ActionCall;
import dev.widgetry.runtime.spi.ActionFailure;
import dev.widgetry.runtime.spi.ActionRoutes;
import dev.widgetry.runtime.spi.PropertyNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads an A2UI client message in one streaming pass: {@code {"version": "v0.9", "action": {...}}}
 * or {@code {"version": "v0.9", "error": {...}}} as the v0.9 schema has them, the same in v1.0
 * ({@code "version": "v1.0"}, as {@code renderer_to_agent.json} has them), and an action as
 * CopilotKit forwards it, bare ({@code {name, surfaceId, sourceComponentId, context}}) or in its
 * forwarded props ({@code {"a2uiAction": {"userAction": {...}}}}). Other top-level properties are
 * skipped, as a transport may add its own. v1.0's {@code callAgentFunction} goes to the handler
 * of the function's name ({@link AgentFunctionReader}); its {@code rendererFunctionResponse}, the
 * answer to a call the agent made, goes to the application's {@link
 * dev.widgetry.a2ui.A2uiFunctionResponseHook}. An error report and a function response are small
 * and go to no handler: each is read again whole by its version's {@link
 * dev.widgetry.a2ui.A2uiReader#parseClientMessage}, which checks it against the schema.
 */
final class A2uiRequestReader {
  private final byte[] body;
  private final JsonParser parser;
  private final ActionRoutes routes;
  private final Malformed malformed;
  private final ActionObjectReader action;
  private final AgentFunctionReader function;
  private final PropertyNames names = new PropertyNames();
  /** The version the envelope says; null until read, and for CopilotKit's forms, which say none. */
  private A2uiVersion version;
  private boolean enveloped;
  private boolean error;
  private boolean response;
  /** The first of an action's keys found at the top level, for a bare action; null when none was. */
  private String firstBareKey;

  private A2uiRequestReader(byte[] body, JsonParser parser, ActionRoutes routes) {
    this.body = body;
    this.parser = parser;
    this.routes = routes;
    this.malformed = new Malformed(parser);
    this.action = new ActionObjectReader(parser, routes, malformed);
    this.function = new AgentFunctionReader(parser, routes, malformed);
  }

  static ActionCall read(byte[] body, ActionRoutes routes) {
    try (JsonParser parser = ActionFailure.openBody(body, routes.options())) {
      return new A2uiRequestReader(body, parser, routes).request();
    } catch (JsonProcessingException e) {
      throw ActionFailure.notJson(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ActionCall request() throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw malformed.at("", "an A2UI client message object");
    }
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      parser.nextToken();
      if (ClientMessageRules.isActionKey(name)) {
        action.readBare(name);
        firstBareKey = firstBareKey == null ? name : firstBareKey;
        continue;
      }
      if (!names.add(name)) {
        throw malformed.duplicate("", name);
      }
      switch (name) {
        case "version":
          readVersion();
          break;
        case "action":
          enveloped = true;
          action.readObject("/action");
          break;
        case "error":
          error = true;
          parser.skipChildren();
          break;
        case "a2uiAction":
          readForwardedProps();
          break;
        case "callAgentFunction":
          function.read();
          break;
        case "rendererFunctionResponse":
          response = true;
          parser.skipChildren();
          break;
        default:
          parser.skipChildren();
      }
    }
    if (parser.nextToken() != null) {
      throw malformed.at("", "nothing after the message object");
    }
    if (firstBareKey != null && version != null) {
      throw malformed.at("/" + firstBareKey, "one message", "an action's \"" + firstBareKey + "\" beside the envelope");
    }
    if ((enveloped || error || response || function.seen()) && version == null) {
      throw malformed.missing("", "version", versions());
    }
    if (function.seen()) {
      if (action.seen() || error || response) {
        throw malformed.at("/callAgentFunction", "one message: an action, a function call, a function response or"
            + " an error", "two");
      }
      return function.call(routes, version);
    }
    if (response) {
      return new A2uiFunctionResponseCall(
          whole(RendererFunctionResponse.class, "/rendererFunctionResponse", "an A2UI function response"));
    }
    if (error) {
      return new A2uiErrorCall(whole(ErrorMessage.class, "/error", "an A2UI error report"), version);
    }
    if (!action.seen()) {
      throw malformed.at("", "\"action\", \"error\" or an action's \"name\", \"surfaceId\", \"sourceComponentId\" and"
          + " \"context\"", "none of them");
    }
    return action.call(routes, enveloped ? version : null);
  }

  private void readVersion() throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      for (A2uiVersion each : A2uiVersion.values()) {
        if (each.accepted().contains(parser.getText())) {
          version = each;
          return;
        }
      }
    }
    throw malformed.at("/version", versions());
  }

  /** The versions this reader reads, as a problem names them: {@code "v0.9" or "v1.0"}. */
  private static String versions() {
    StringBuilder names = new StringBuilder();
    for (A2uiVersion each : A2uiVersion.values()) {
      names.append(names.length() == 0 ? "" : " or ").append('"').append(each.wireName()).append('"');
    }
    return names.toString();
  }

  /** {@code {"a2uiAction": {"userAction": {...}}}}: the props CopilotKit forwards with a user's action. */
  private void readForwardedProps() throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw malformed.at("/a2uiAction", "an object holding \"userAction\"");
    }
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      parser.nextToken();
      if (name.equals("userAction")) {
        action.readObject("/a2uiAction/userAction");
      } else {
        parser.skipChildren();
      }
    }
  }

  /**
   * The error report or function response, read whole against the schema (which refuses a second
   * message beside it); its problems make the request malformed.
   */
  private <T extends ClientMessage> T whole(Class<T> kind, String pointer, String what) {
    if (action.seen()) {
      throw malformed.at(pointer, "one message", "an action beside " + what);
    }
    ClientMessage message;
    try {
      message = A2ui.reader(version).parseClientMessage(new String(body, StandardCharsets.UTF_8));
    } catch (WidgetParseException e) {
      throw new ActionFailure(ActionError.MALFORMED_REQUEST, "The body is not " + what + ": "
          + e.problems().get(0).message(), e.problems());
    }
    return kind.cast(message);
  }
}
