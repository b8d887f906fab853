package dev.widgetry.processor.template.file;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Plain JSON values ({@code Map}, {@code List}, {@code String}, null, and scalars such as
 * {@code BigDecimal} and {@code Boolean}) as compact text: an A2UI template's messages in the class
 * generated for it, and the values a stale preview's warning quotes.
 */
public final class CompactJson {
  private CompactJson() {}

  /** {@code value} as compact JSON, a scalar other than a string as its {@code toString()}. */
  public static String print(Object value) {
    return print(value, String::valueOf);
  }

  /** {@code value} as compact JSON, a scalar other than a string as {@code scalar} writes it. */
  public static String print(Object value, Function<Object, String> scalar) {
    StringBuilder out = new StringBuilder();
    write(out, value, scalar);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value, Function<Object, String> scalar) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String string) {
      string(out, string);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(first ? "" : ",");
        first = false;
        write(out, entry.getKey(), scalar);
        out.append(':');
        write(out, entry.getValue(), scalar);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      boolean first = true;
      for (Object item : list) {
        out.append(first ? "" : ",");
        first = false;
        write(out, item, scalar);
      }
      out.append(']');
    } else {
      out.append(scalar.apply(value));
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
