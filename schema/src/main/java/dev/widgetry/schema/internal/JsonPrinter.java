package dev.widgetry.schema.internal;

import java.util.List;
import java.util.Map;

/**
 * Prints a JSON tree (maps, lists, strings, numbers, {@link JsonNumber}s, booleans, null) the same
 * way every time: keys in insertion order, two-space indent, arrays of plain values on one line.
 * The processor has no JSON library, its schemas must be byte-for-byte reproducible, and the
 * documents the runtime derives from them must be the text the processor would have written.
 */
public final class JsonPrinter {
  /** Spaces for indents, copied in one piece (schemas are seldom nested deeper than this). */
  private static final String INDENT = " ".repeat(64);

  private JsonPrinter() {}

  /** The text of a tree, ending with a newline. */
  public static String print(Object tree) {
    StringBuilder out = new StringBuilder();
    write(out, tree, 0);
    return out.append('\n').toString();
  }

  private static void write(StringBuilder out, Object value, int indent) {
    if (value instanceof Map) {
      writeObject(out, (Map<?, ?>) value, indent);
    } else if (value instanceof List) {
      writeArray(out, (List<?>) value, indent);
    } else if (value instanceof String) {
      quote(out, (String) value);
    } else if (value instanceof JsonNumber) {
      out.append(((JsonNumber) value).text());
    } else if (value == null || value instanceof Boolean || value instanceof Number) {
      out.append(value);
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value.getClass());
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
    if (isPlain(text)) {
      // Names and most values: nothing to escape, so one copy rather than one append a char.
      out.append(text).append('"');
      return;
    }
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

  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
