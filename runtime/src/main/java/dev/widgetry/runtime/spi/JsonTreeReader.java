package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Builds a Jackson tree from the parser's current value, without an {@code ObjectMapper}: the
 * parser's own limits (nesting depth, string length) bound the work. A key repeated in an object
 * is a problem, as everywhere else: which of its values was meant cannot be known.
 */
final class JsonTreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Cursor cursor;
  private final ProblemLog problems;

  JsonTreeReader(Cursor cursor, ProblemLog problems) {
    this.cursor = cursor;
    this.problems = problems;
  }

  JsonNode read() {
    try {
      return read(cursor.parser);
    } catch (IOException e) {
      throw problems.abort(e);
    }
  }

  private JsonNode read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          parser.nextToken();
          if (object.replace(name, read(parser)) != null) {
            // The parser is on the repeated key's value (or its last token): the pointer names the key.
            problems.add("each key once", "\"" + Texts.truncate(name) + "\" a second time", "");
          }
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(parser));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return floatNode(parser);
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("A JSON value cannot start with " + token);
    }
  }

  private JsonNode floatNode(JsonParser parser) throws IOException {
    double value = parser.getDoubleValue();
    if (Double.isFinite(value)) {
      return NODES.numberNode(value);
    }
    BigDecimal decimal = NumberReader.decimalValue(parser);
    if (decimal == null) {
      problems.add("a number whose exponent fits an int", cursor.describe(), "");
      return NODES.nullNode();
    }
    return NODES.numberNode(decimal);
  }
}
