package dev.widgetry.a2ui.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.runtime.spi.ActionRoute;
import dev.widgetry.runtime.spi.TreeWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The JSON value of what an agent function's handler returned: null (and {@code void}) as JSON
 * null, a string, a boolean, a finite number, a {@code JsonNode} as it is, and a {@code @Widget}
 * record or enum as its generated codec writes it. The processor lets a handler declare only these
 * (besides the answers of actions); anything else fails the call.
 */
final class FunctionValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FunctionValues() {}

  static JsonNode of(Object returned, ActionRoute route) {
    if (returned == null) {
      return NODES.nullNode();
    }
    if (returned instanceof JsonNode) {
      return (JsonNode) returned;
    }
    if (returned instanceof String) {
      return NODES.textNode((String) returned);
    }
    if (returned instanceof Boolean) {
      return NODES.booleanNode((Boolean) returned);
    }
    if (returned instanceof Number) {
      return number((Number) returned, route);
    }
    return tree(returned, route);
  }

  private static JsonNode number(Number returned, ActionRoute route) {
    if (returned instanceof Integer || returned instanceof Long || returned instanceof Short
        || returned instanceof Byte) {
      return NODES.numberNode(returned.longValue());
    }
    if (returned instanceof BigInteger) {
      return NODES.numberNode((BigInteger) returned);
    }
    if (returned instanceof BigDecimal) {
      return NODES.numberNode((BigDecimal) returned);
    }
    double value = returned.doubleValue();
    if ((returned instanceof Double || returned instanceof Float) && Double.isFinite(value)) {
      return NODES.numberNode(value);
    }
    throw cannotSend(route, returned + ", which JSON cannot hold");
  }

  @SuppressWarnings("unchecked") // the codec of an object's own class accepts that object
  private static JsonNode tree(Object returned, ActionRoute route) {
    Optional<WidgetCodec<Object>> codec = Widgets.findCodec((Class<Object>) returned.getClass());
    if (codec.isEmpty()) {
      throw cannotSend(route, "a " + returned.getClass().getName());
    }
    TreeWriter out = new TreeWriter();
    codec.get().write(out, returned);
    return out.root();
  }

  private static IllegalStateException cannotSend(ActionRoute route, String what) {
    return new IllegalStateException(route.method() + " returned " + what + " to an A2UI function call; a"
        + " function's handler returns the function's value: a @Widget record or enum, a String, a boolean, a"
        + " finite number, a JsonNode, or nothing (JSON null)");
  }
}
