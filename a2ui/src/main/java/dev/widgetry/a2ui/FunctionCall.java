package dev.widgetry.a2ui;

import dev.widgetry.annotations.Widget;

/**
 * A call of one of the basic catalog's 14 functions (or, from A2UI v1.0, of a system function),
 * tagged by {@code "call"}: {@code {"call": "formatString", "args": {...}, "returnType": "string"}}.
 * Build calls with the typed factories of {@code dev.widgetry.a2ui.basic.Functions}, which set
 * {@code returnType}.
 */
@Widget(discriminator = "call")
public sealed interface FunctionCall extends DynamicValue permits StringFunction, NumberFunction, BooleanFunction,
    VoidFunction {

  /**
   * The id of the catalog the call says its function is of (A2UI v1.0's {@code catalogId}, which
   * overrides its surface's catalog), or null; a system function ({@code @index}) is of no catalog.
   */
  default String catalogId() {
    return null;
  }
}
