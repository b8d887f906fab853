package dev.widgetry.a2ui.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.a2ui.A2uiSource;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.ActionMetadata;
import dev.widgetry.runtime.spi.ActionFailure;
import dev.widgetry.runtime.spi.ActionRoute;
import dev.widgetry.runtime.spi.ActionRoutes;
import dev.widgetry.runtime.spi.PayloadSlot;
import dev.widgetry.runtime.spi.PropertyNames;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads an A2UI action, {@code {"name", "surfaceId", "sourceComponentId", "timestamp", "context"}},
 * wherever the request carries it: in the envelope's {@code "action"}, bare at the top level as
 * CopilotKit forwards it, or in forwarded props' {@code "a2uiAction"/"userAction"}. The context goes
 * to the handler's generated parser as soon as the name is known (kept as tokens when it comes
 * first), so its problems point into the request ({@code /action/context/quantity}). v1.0's {@code
 * userMessage} and {@code metadata} reach the handler's {@link A2uiSource}; other keys beyond the
 * five are the renderer's business (the schemas allow them) and are skipped.
 */
final class ActionObjectReader {
  /**
   * Reads the metadata's tree (it is small, and its extensions' values are any JSON), refusing a
   * key repeated in an object whatever the version: which of its values was meant cannot be known,
   * and the parser cannot go on from the middle of the tree.
   */
  private static final ObjectMapper TREES =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private final JsonParser parser;
  private final Malformed malformed;
  private final ActionRoutes routes;
  private final PayloadSlot context;
  private final PropertyNames names = new PropertyNames();
  /** Where the action object is: {@code /action}, or {@code ""} when it is the request itself. */
  private String pointer;
  private String name;
  private String surfaceId;
  private String sourceComponentId;
  private Instant timestamp;
  private String userMessage;
  private boolean userMessageNotString;
  private JsonNode metadata;
  /** Why the metadata breaks v1.0's schema, located where it was read; thrown once the version is known. */
  private ActionFailure metadataProblem;
  private boolean hasTimestamp;
  private boolean hasContext;

  ActionObjectReader(JsonParser parser, ActionRoutes routes, Malformed malformed) {
    this.parser = parser;
    this.malformed = malformed;
    this.routes = routes;
    this.context = new PayloadSlot(routes);
  }

  /** Reads the action object the parser is on, found at {@code pointer}. */
  void readObject(String pointer) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw malformed.at(pointer, "an action object {\"name\", \"surfaceId\", \"sourceComponentId\", \"timestamp\","
          + " \"context\"}");
    }
    if (this.pointer != null) {
      throw malformed.at(pointer, "one action", "a second one");
    }
    this.pointer = pointer;
    for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
      parser.nextToken();
      if (ClientMessageRules.isActionKey(key)) {
        property(key);
      } else if (key.equals("userMessage")) {
        userMessage();
      } else if (key.equals("metadata")) {
        metadata();
      } else {
        parser.skipChildren();
      }
    }
  }

  /** Reads one of the action's properties, {@code key}, found at the top level of a bare action. */
  void readBare(String key) throws IOException {
    if (pointer != null && !pointer.isEmpty()) {
      throw malformed.at("/" + key, "one action", "a second one beside " + pointer);
    }
    pointer = "";
    property(key);
  }

  /** Whether any part of an action has been read. */
  boolean seen() {
    return pointer != null;
  }

  private void property(String key) throws IOException {
    if (!names.add(key)) {
      throw malformed.duplicate(pointer, key);
    }
    switch (key) {
      case "name":
        requireString(key, "the action's name as a string");
        // A handler's action name comes back as its route's own String, matched in the parser's buffer.
        name = routes.readType(parser);
        break;
      case "surfaceId":
        surfaceId = string(key, "the surface's id as a string");
        break;
      case "sourceComponentId":
        sourceComponentId = string(key, "the id of the component that fired the action, as a string");
        break;
      case "timestamp":
        hasTimestamp = true;
        timestamp = timestamp();
        break;
      default:
        hasContext = true;
        if (parser.currentToken() != JsonToken.START_OBJECT) {
          throw malformed.at(pointer + "/context", "the action's context as an object");
        }
        context.read(parser, name);
    }
  }

  /** v1.0's userMessage; whether it must be a string is known once the version is, at the end. */
  private void userMessage() throws IOException {
    if (!names.add("userMessage")) {
      throw malformed.duplicate(pointer, "userMessage");
    }
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      userMessage = parser.getText();
    } else {
      userMessageNotString = true;
      parser.skipChildren();
    }
  }

  /**
   * v1.0's metadata, kept whole with the first way it breaks the schema, if any: whether the schema
   * applies is known once the version is, at the end.
   */
  private void metadata() throws IOException {
    if (!names.add("metadata")) {
      throw malformed.duplicate(pointer, "metadata");
    }
    try {
      metadata = TREES.readTree(parser);
    } catch (JsonMappingException e) {
      throw malformed.at(pointer + "/metadata", "each key once", "a key repeated in an object");
    }
    MetadataRules.check(metadata, (expected, found) -> {
      if (metadataProblem == null) {
        metadataProblem = malformed.at(pointer + "/metadata", expected, found);
      }
    });
  }

  private String string(String key, String expected) throws IOException {
    requireString(key, expected);
    return parser.getText();
  }

  private void requireString(String key, String expected) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw malformed.at(pointer + "/" + key, expected);
    }
  }

  private Instant timestamp() throws IOException {
    Instant instant = ClientMessageRules.timestamp(string("timestamp", ClientMessageRules.TIMESTAMP));
    if (instant == null) {
      throw malformed.at(pointer + "/timestamp", ClientMessageRules.TIMESTAMP);
    }
    return instant;
  }

  /**
   * The action's route, payload and source, once the whole request has been read.
   *
   * @param version the version the envelope says; null for an action without one, whose timestamp
   *     may be absent
   */
  A2uiCall call(ActionRoutes routes, A2uiVersion version) {
    boolean enveloped = version != null;
    require(name != null, "name", "the action's name");
    require(surfaceId != null, "surfaceId", "the surface's id");
    require(sourceComponentId != null, "sourceComponentId", "the id of the component that fired the action");
    require(hasTimestamp || !enveloped, "timestamp", "an RFC 3339 date-time");
    require(hasContext, "context", "the action's context as an object ({} when it has none)");
    boolean v1 = version == A2uiVersion.V1_0;
    if (v1 && userMessageNotString) {
      throw malformed.at(pointer + "/userMessage", "what the user did, as a string");
    }
    if (v1 && metadataProblem != null) {
      throw metadataProblem;
    }
    ActionRoute route = routes.route(name);
    Object payload = context.finish(route, pointer + "/context");
    A2uiSource source = new A2uiSource(surfaceId, sourceComponentId, timestamp,
        enveloped ? version : A2uiVersion.V0_9, v1 ? userMessage : null,
        v1 && metadata != null ? ActionMetadata.of(metadata) : ActionMetadata.NONE);
    return new A2uiCall(route, payload, source, enveloped);
  }

  private void require(boolean present, String key, String expected) {
    if (!present) {
      throw malformed.missing(pointer, key, expected);
    }
  }
}
