package dev.widgetry.a2ui;

import dev.widgetry.annotations.Widget;

/** A function that returns a boolean: required, regex, length, numeric, email, and, or, not. */
@Widget
public sealed interface BooleanFunction extends FunctionCall, DynamicBoolean
    permits RequiredCall, RegexCall, LengthCall, NumericCall, EmailCall, AndCall, OrCall, NotCall {

  /** This call naming {@code catalogId} as the catalog its function is of (A2UI v1.0's {@code catalogId}). */
  BooleanFunction withCatalogId(String catalogId);

  @Override
  default DynamicValue toValue() {
    return this;
  }
}
