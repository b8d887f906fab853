package dev.widgetry.a2ui;

import dev.widgetry.annotations.Widget;

/**
 * A function that returns a number. The basic catalog has none; A2UI v1.0's system function
 * {@code @index} is one.
 */
@Widget
public sealed interface NumberFunction extends FunctionCall, DynamicNumber permits IndexCall {

  @Override
  default DynamicValue toValue() {
    return this;
  }
}
