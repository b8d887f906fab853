package dev.widgetry.a2ui;

import dev.widgetry.annotations.Widget;

/**
 * A number: a literal ({@code 42}) or a binding to a number in the data model. No function of the
 * basic catalog returns a number, so a call is refused here (the schema would take one without a
 * {@code returnType}; a renderer would then show a string or a boolean as a number).
 */
@Widget
public sealed interface DynamicNumber permits NumberLiteral, NumberPath {

  /** The literal number {@code value}. */
  static DynamicNumber of(double value) {
    return new NumberLiteral(value);
  }

  /** The same value where any kind is accepted. */
  DynamicValue toValue();
}
