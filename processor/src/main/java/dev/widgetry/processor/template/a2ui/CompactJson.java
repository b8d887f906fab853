package dev.widgetry.processor.template.a2ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Plain JSON values ({@code Map}, {@code List}, {@code String}, {@code BigDecimal}, {@code Boolean}, null) as compact text. */
final class CompactJson {
  private CompactJson() {}

  static String print(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String string) {
      string(out, string);
    } else if (value instanceof BigDecimal || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(first ? "" : ",");
        first = false;
        string(out, (String) entry.getKey());
        out.append(':');
        write(out, entry.getValue());
      }
      out.append('}');
    } else {
      out.append('[');
      boolean first = true;
      for (Object item : (List<?>) value) {
        out.append(first ? "" : ",");
        first = false;
        write(out, item);
      }
      out.append(']');
    }
  }

  private static void string(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
