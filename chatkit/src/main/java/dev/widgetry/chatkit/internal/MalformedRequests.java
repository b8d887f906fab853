package dev.widgetry.chatkit.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.spi.ActionFailure;
import dev.widgetry.runtime.spi.Texts;
import java.util.List;

/** The {@code malformed_request} failures of a request, located at its parser's current token. */
final class MalformedRequests {
  private MalformedRequests() {}

  /** "expected {@code expected}, found" whatever the parser is on. */
  static ActionFailure at(JsonParser parser, String pointer, String expected) {
    return at(parser, pointer, expected, describeCurrent(parser));
  }

  /**
   * A second property {@code name} in the object at {@code objectPointer}, located at its value:
   * the parser has just moved onto it.
   */
  static ActionFailure duplicate(JsonParser parser, String objectPointer, String name) {
    String pointer = JsonPointer.compile(objectPointer).appendProperty(name).toString();
    // Worded as a payload's generated reader words its own duplicates.
    return at(parser, pointer, "each property once", "\"" + Texts.truncate(name) + "\" a second time");
  }

  static ActionFailure at(JsonParser parser, String pointer, String expected, String found) {
    JsonLocation at = parser.currentTokenLocation();
    ParseProblem problem = new ParseProblem(pointer, expected, found, at.getLineNr(), at.getColumnNr(), "");
    return new ActionFailure(ActionError.MALFORMED_REQUEST,
        "The body is not an action request: " + problem.message(), List.of(problem));
  }

  private static String describeCurrent(JsonParser parser) {
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
        return "the end of an object";
      case END_ARRAY:
        return "the end of an array";
      default:
        return token.isNumeric() ? "a number" : token.isBoolean() ? "a boolean" : "a string";
    }
  }
}
