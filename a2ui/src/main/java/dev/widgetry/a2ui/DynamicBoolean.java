package dev.widgetry.a2ui;

import dev.widgetry.annotations.Widget;

/**
 * A boolean: a literal, a binding to a boolean in the data model, or a call of a function that
 * returns one ({@code required}, {@code regex}, {@code length}, {@code numeric}, {@code email},
 * {@code and}, {@code or}, {@code not}).
 */
@Widget
public sealed interface DynamicBoolean permits BooleanLiteral, BooleanPath, BooleanFunction {

  /** The literal {@code value}. */
  static DynamicBoolean of(boolean value) {
    return new BooleanLiteral(value);
  }

  /** The same value where any kind is accepted. */
  DynamicValue toValue();
}
