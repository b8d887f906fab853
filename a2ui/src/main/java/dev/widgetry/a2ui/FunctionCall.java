package dev.widgetry.a2ui;

import dev.widgetry.annotations.Widget;

/**
 * A call of one of the basic catalog's 14 functions (or, from A2UI v1.0, of a system function),
 * tagged by {@code "call"}, its arguments in {@code "args"}. Build calls with the typed factories of
 * {@code dev.widgetry.a2ui.basic.Functions}, which also set the return type A2UI v0.9 writes beside
 * them (v1.0's function implies it).
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
