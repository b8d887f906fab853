package dev.widgetry.a2ui.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.spi.ActionFailure;
import dev.widgetry.runtime.spi.Texts;
import java.util.List;

/** The {@code malformed_request} failures of one A2UI request, located at the parser's current token. */
final class Malformed {
  private final JsonParser parser;

  Malformed(JsonParser parser) {
    this.parser = parser;
  }

  /** "expected {@code expected}, found" whatever the parser is on. */
  ActionFailure at(String pointer, String expected) {
    return at(pointer, expected, describeCurrent());
  }

  /** A second property {@code name} in the object at {@code objectPointer}; the parser is on its value. */
  ActionFailure duplicate(String objectPointer, String name) {
    String pointer = JsonPointer.compile(objectPointer).appendProperty(name).toString();
    return at(pointer, "each property once", "\"" + Texts.truncate(name) + "\" a second time");
  }

  /** A required property the object at {@code objectPointer} lacks; the parser is at its end. */
  ActionFailure missing(String objectPointer, String name, String expected) {
    String pointer = JsonPointer.compile(objectPointer).appendProperty(name).toString();
    return at(pointer, expected, "no \"" + name + "\"");
  }

  ActionFailure at(String pointer, String expected, String found) {
    JsonLocation at = parser.currentTokenLocation();
    ParseProblem problem = new ParseProblem(pointer, expected, found, at.getLineNr(), at.getColumnNr(), "");
    return new ActionFailure(ActionError.MALFORMED_REQUEST,
        "The body is not an A2UI action: " + problem.message(), List.of(problem));
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
      case VALUE_STRING:
        return "\"" + Texts.truncate(textOrEmpty()) + "\"";
      default:
        return token.isNumeric() ? "a number" : token.isBoolean() ? "a boolean" : "something else";
    }
  }

  private String textOrEmpty() {
    try {
      return parser.getText();
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
