package dev.widgetry.a2ui;

import dev.widgetry.annotations.Widget;

/**
 * A number: a literal ({@code 42}), a binding to a number in the data model, or, from A2UI v1.0, a
 * call of a function that returns a number (no function of the basic catalog does). A call of
 * another kind is refused here (the schema would take one, the function's return type being no key
 * of the call; a renderer would then show a string or a boolean as a number).
 */
@Widget
public sealed interface DynamicNumber permits NumberLiteral, NumberPath, NumberFunction {

  /** The literal number {@code value}. */
  static DynamicNumber of(double value) {
    return new NumberLiteral(value);
  }

  /** The same value where any kind is accepted. */
  DynamicValue toValue();
}
