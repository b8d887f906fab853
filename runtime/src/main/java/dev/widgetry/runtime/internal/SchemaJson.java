package dev.widgetry.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a schema document into a tree (maps in key order, lists, strings, booleans, null, and
 * numbers kept as their text) and prints a tree the way widgetry-processor prints its resources:
 * two-space indent, arrays of plain values on one line. So a document derived here from a shipped
 * schema is the text the processor would have written for it.
 */
public final class SchemaJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final String INDENT = " ".repeat(64);

  /** A number as it was written, printed back the same. */
  record Number(String text) {}

  private SchemaJson() {}

  /** The tree of a JSON text written by widgetry-processor. */
  public static Object parse(String json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      parser.nextToken();
      return value(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a tree, ending with a newline. */
  public static String print(Object tree) {
    StringBuilder out = new StringBuilder();
    write(out, tree, 0);
    return out.append('\n').toString();
  }

  private static Object value(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          parser.nextToken();
          object.put(name, value(parser));
        }
        return object;
      case START_ARRAY:
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        return array;
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Number(parser.getText());
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IllegalStateException("Unexpected " + token + " in a schema document");
    }
  }

  private static void write(StringBuilder out, Object value, int indent) {
    if (value instanceof Map) {
      writeObject(out, (Map<?, ?>) value, indent);
    } else if (value instanceof List) {
      writeArray(out, (List<?>) value, indent);
    } else if (value instanceof String) {
      quote(out, (String) value);
    } else if (value instanceof Number) {
      out.append(((Number) value).text());
    } else {
      out.append(value);
    }
  }

  private static void writeObject(StringBuilder out, Map<?, ?> object, int indent) {
    if (object.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    int i = 0;
    for (Map.Entry<?, ?> entry : object.entrySet()) {
      indent(out, indent + 1);
      quote(out, (String) entry.getKey());
      out.append(": ");
      write(out, entry.getValue(), indent + 1);
      out.append(++i < object.size() ? ",\n" : "\n");
    }
    indent(out, indent);
    out.append('}');
  }

  private static void writeArray(StringBuilder out, List<?> array, int indent) {
    if (isFlat(array)) {
      out.append('[');
      for (int i = 0; i < array.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        write(out, array.get(i), indent);
      }
      out.append(']');
      return;
    }
    out.append("[\n");
    for (int i = 0; i < array.size(); i++) {
      indent(out, indent + 1);
      write(out, array.get(i), indent + 1);
      out.append(i + 1 < array.size() ? ",\n" : "\n");
    }
    indent(out, indent);
    out.append(']');
  }

  private static boolean isFlat(List<?> array) {
    for (Object item : array) {
      if (item instanceof Map || item instanceof List) {
        return false;
      }
    }
    return true;
  }

  private static void indent(StringBuilder out, int level) {
    int spaces = 2 * level;
    while (spaces > INDENT.length()) {
      out.append(INDENT);
      spaces -= INDENT.length();
    }
    out.append(INDENT, 0, spaces);
  }

  private static void quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
