package dev.widgetry.processor.template.file;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text (RFC 8259) into {@link JsonValue}s that remember where they came from, so that a
 * problem found deep inside a {@code .widget} file can be reported at its line and column.
 */
public final class SourceJson {
  private final String text;
  private int pos;

  private SourceJson(String text) {
    this.text = text;
  }

  public static JsonValue parse(String text) throws MalformedJsonException {
    SourceJson parser = new SourceJson(text);
    if (text.startsWith("\uFEFF")) {
      parser.pos = 1;
    }
    JsonValue value = parser.value();
    parser.skipWhitespace();
    if (parser.pos != text.length()) {
      throw parser.error("expected the end of the file");
    }
    return value;
  }

  private JsonValue value() throws MalformedJsonException {
    skipWhitespace();
    if (pos >= text.length()) {
      throw error("expected a value, found the end of the file");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", new JsonValue.JBoolean(true, pos));
      case 'f':
        return literal("false", new JsonValue.JBoolean(false, pos));
      case 'n':
        return literal("null", new JsonValue.JNull(pos));
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("expected a value, found '" + c + "'");
    }
  }

  private JsonValue.JObject object() throws MalformedJsonException {
    int start = pos++;
    Map<String, JsonValue.Member> members = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return new JsonValue.JObject(members, start);
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a property name in double quotes");
      }
      int keyOffset = pos;
      String key = string().value();
      skipWhitespace();
      expect(':');
      JsonValue value = value();
      if (members.put(key, new JsonValue.Member(key, keyOffset, value)) != null) {
        throw new MalformedJsonException("property \"" + key + "\" appears twice", keyOffset);
      }
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else {
        expect('}');
        return new JsonValue.JObject(members, start);
      }
    }
  }

  private JsonValue.JArray array() throws MalformedJsonException {
    int start = pos++;
    List<JsonValue> items = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return new JsonValue.JArray(items, start);
    }
    while (true) {
      items.add(value());
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else {
        expect(']');
        return new JsonValue.JArray(items, start);
      }
    }
  }

  private JsonValue.JString string() throws MalformedJsonException {
    int start = pos++;
    StringBuilder value = new StringBuilder();
    List<Integer> offsets = new ArrayList<>();
    while (true) {
      if (pos >= text.length()) {
        throw new MalformedJsonException("a string is not closed", start);
      }
      char c = text.charAt(pos);
      if (c == '"') {
        offsets.add(pos);
        pos++;
        return new JsonValue.JString(value.toString(), start, offsets.stream().mapToInt(Integer::intValue).toArray());
      }
      if (c < 0x20) {
        throw error("a control character must be escaped inside a string");
      }
      offsets.add(pos);
      if (c != '\\') {
        value.append(c);
        pos++;
        continue;
      }
      if (pos + 1 >= text.length()) {
        throw error("an escape is not finished");
      }
      char escape = text.charAt(pos + 1);
      pos += 2;
      switch (escape) {
        case '"':
        case '\\':
        case '/':
          value.append(escape);
          break;
        case 'b':
          value.append('\b');
          break;
        case 'f':
          value.append('\f');
          break;
        case 'n':
          value.append('\n');
          break;
        case 'r':
          value.append('\r');
          break;
        case 't':
          value.append('\t');
          break;
        case 'u':
          value.append(unicodeEscape());
          break;
        default:
          pos -= 2;
          throw error("\\" + escape + " is not a JSON escape");
      }
    }
  }

  private char unicodeEscape() throws MalformedJsonException {
    if (pos + 4 > text.length()) {
      throw error("a \\u escape needs four hex digits");
    }
    try {
      char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
      pos += 4;
      return c;
    } catch (NumberFormatException e) {
      throw error("a \\u escape needs four hex digits");
    }
  }

  private JsonValue.JNumber number() throws MalformedJsonException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("expected a digit");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("expected a digit after the decimal point");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("expected a digit in the exponent");
      }
      digits();
    }
    return new JsonValue.JNumber(text.substring(start, pos), start);
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private JsonValue literal(String word, JsonValue value) throws MalformedJsonException {
    if (!text.startsWith(word, pos)) {
      throw error("expected " + word);
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) throws MalformedJsonException {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private MalformedJsonException error(String message) {
    return new MalformedJsonException(message, pos);
  }
}
