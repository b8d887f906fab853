package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.annotations.Widget;
import java.util.List;

/**
 * A value of any kind: a literal string, number, boolean or array, a binding to the data model, or
 * a call of any function. It has no literal object and no null, as the schema says.
 */
@Widget
public sealed interface DynamicValue
    permits StringLiteral, NumberLiteral, BooleanLiteral, ArrayLiteral, ValuePath, FunctionCall {

  static DynamicValue of(String text) {
    return new StringLiteral(text);
  }

  static DynamicValue of(double value) {
    return new NumberLiteral(value);
  }

  static DynamicValue of(boolean value) {
    return new BooleanLiteral(value);
  }

  /** A literal array; its items are any JSON. */
  static DynamicValue of(List<JsonNode> items) {
    return new ArrayLiteral(items);
  }

  /** A binding to whatever {@code path} addresses. */
  static DynamicValue of(DataPath path) {
    return path.asValue();
  }
}
