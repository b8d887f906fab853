package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Writes a Jackson tree through a {@link WidgetWriter}, so both writers copy trees identically. */
final class JsonTrees {
  private JsonTrees() {}

  static void write(WidgetWriter out, JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT:
        out.beginObject();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          out.name(field.getKey());
          write(out, field.getValue());
        }
        out.endObject();
        break;
      case ARRAY:
        out.beginArray();
        for (JsonNode item : node) {
          write(out, item);
        }
        out.endArray();
        break;
      case STRING:
        out.value(node.textValue());
        break;
      case BOOLEAN:
        out.value(node.booleanValue());
        break;
      case NUMBER:
        writeNumber(out, node);
        break;
      case NULL:
      case MISSING:
        out.nullValue();
        break;
      default:
        throw new IllegalArgumentException(
            "A " + node.getNodeType() + " node has no JSON form: only plain JSON trees can be written");
    }
  }

  private static void writeNumber(WidgetWriter out, JsonNode node) {
    if (node.isIntegralNumber()) {
      if (node.canConvertToLong()) {
        out.value(node.longValue());
      } else {
        out.value(node.bigIntegerValue());
      }
    } else if (node.isBigDecimal()) {
      out.value(node.decimalValue());
    } else if (!Double.isFinite(node.doubleValue())) {
      throw new IllegalArgumentException(node.asText() + " has no JSON form");
    } else {
      // Copy the tree's own text ("4.0" stays "4.0"): a tree is passed through, not reformatted.
      out.numberText(node.asText());
    }
  }
}
