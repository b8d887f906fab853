package dev.widgetry.runtime.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.spi.ActionCall;
import dev.widgetry.runtime.spi.ActionFailure;
import dev.widgetry.runtime.spi.ActionProtocol;
import dev.widgetry.runtime.spi.ActionRoute;
import dev.widgetry.runtime.spi.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The protocols on the class path, and which of them a request body belongs to. The choice looks
 * at the body's property names until one is recognised (usually the first: a few tokens), after
 * which the chosen protocol reads the body in one pass of its own. A body that opens as one chosen
 * for before is known from that opening ({@link KnownOpenings}); another plain body is looked at
 * straight from its bytes ({@link PropertyPeek}), any other with a parser, which gives the same
 * choice and words what is wrong with a body that cannot be chosen for: the first would otherwise
 * cost each request a second parser.
 */
public final class ActionProtocols {
  private final List<ActionProtocol> protocols;
  private final PropertyNameCache names = new PropertyNameCache();
  private final KnownOpenings openings = new KnownOpenings();

  ActionProtocols(List<ActionProtocol> protocols) {
    this.protocols = protocols;
  }

  /** The protocols {@code loader} can see, in name order. */
  public static ActionProtocols load(ClassLoader loader) {
    List<ActionProtocol> found = new ArrayList<>();
    for (ActionProtocol protocol : ServiceLoader.load(ActionProtocol.class, loader)) {
      found.add(protocol);
    }
    found.sort(Comparator.comparing(ActionProtocol::name));
    return new ActionProtocols(List.copyOf(found));
  }

  public boolean isEmpty() {
    return protocols.isEmpty();
  }

  /**
   * The call for a model's tool call, from the first protocol, in name order, that answers tool
   * calls; else from the first that answers them as a fallback.
   *
   * @throws ActionFailure {@code unsupported_request} when none does
   */
  public ActionCall toolCall(ActionRoute route, Object payload) {
    for (ActionProtocol protocol : protocols) {
      ActionCall call = protocol.toolCall(route, payload);
      if (call != null) {
        return call;
      }
    }
    for (ActionProtocol protocol : protocols) {
      ActionCall call = protocol.fallbackToolCall(route, payload);
      if (call != null) {
        return call;
      }
    }
    throw new ActionFailure(ActionError.UNSUPPORTED_REQUEST, "No action protocol on the class path answers a"
        + " model's tool call: add widgetry-chatkit to the application's dependencies.");
  }

  /**
   * The protocol of {@code body}: the first that recognises one of its property names, tried in
   * order (for a property whose value is an object, with each name inside it, then with none).
   * Unrecognised properties are skipped, so a client may add its own.
   *
   * @throws ActionFailure {@code malformed_request} when the body is not JSON, not an object, or no
   *     protocol recognises it
   */
  public ActionProtocol of(byte[] body, ParseOptions options) {
    if (body.length <= options.maxDocumentLength()) {
      int depth = Math.min(PropertyPeek.MAX_DEPTH, options.maxNestingDepth());
      ActionProtocol known = openings.protocol(body, depth);
      if (known != null) {
        return known;
      }
      ActionProtocol peeked = PropertyPeek.choose(body, depth, names, this);
      if (peeked != null) {
        openings.remember(body, depth, names, this);
        return peeked;
      }
    }
    return parsed(body, options);
  }

  /** {@link #of}, with a parser: for any body, and the failure when there is no choice. */
  ActionProtocol parsed(byte[] body, ParseOptions options) {
    try (JsonParser parser = ActionFailure.openBody(body, options)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw unrecognized(parser, "an object");
      }
      String first = null;
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        first = first == null ? name : first;
        ActionProtocol protocol = recognize(parser, name);
        if (protocol != null) {
          return protocol;
        }
      }
      throw unrecognized(parser, first == null ? "an empty object"
          : "an object whose properties no protocol knows, starting with \"" + Texts.truncate(first) + "\"");
    } catch (JsonProcessingException e) {
      throw ActionFailure.notJson(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The protocol that recognises property {@code name}, whose value the parser is about to read. */
  private ActionProtocol recognize(JsonParser parser, String name) throws IOException {
    if (parser.nextToken() == JsonToken.START_OBJECT) {
      for (String inner = parser.nextFieldName(); inner != null; inner = parser.nextFieldName()) {
        ActionProtocol protocol = recognize(name, inner);
        if (protocol != null) {
          return protocol;
        }
        parser.nextToken();
        parser.skipChildren();
      }
    } else {
      parser.skipChildren();
    }
    return recognize(name, null);
  }

  /** The first protocol that recognises top-level property {@code name} with {@code inner} in it, or null. */
  ActionProtocol recognize(String name, String inner) {
    // Indexed: every request comes here, and an iterator would be made for each.
    for (int i = 0; i < protocols.size(); i++) {
      ActionProtocol protocol = protocols.get(i);
      if (protocol.recognizes(name, inner)) {
        return protocol;
      }
    }
    return null;
  }

  private ActionFailure unrecognized(JsonParser parser, String found) {
    String expected = protocols.isEmpty()
        ? "a request of a protocol on the class path (none is: add widgetry-chatkit or widgetry-a2ui)"
        : protocols.stream().map(ActionProtocol::requestShapes).collect(Collectors.joining(", or "));
    JsonLocation at = parser.currentTokenLocation();
    ParseProblem problem = new ParseProblem("", expected, found, at.getLineNr(), at.getColumnNr(), "");
    return new ActionFailure(ActionError.MALFORMED_REQUEST, "The body is not an action request: " + problem.message(),
        List.of(problem));
  }
}
