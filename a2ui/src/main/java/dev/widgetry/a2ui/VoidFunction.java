package dev.widgetry.a2ui;

import dev.widgetry.annotations.Widget;

/** A function run for its effect, which returns nothing: openUrl. */
@Widget
public sealed interface VoidFunction extends FunctionCall permits OpenUrlCall {

  /** This call naming {@code catalogId} as the catalog its function is of (A2UI v1.0's {@code catalogId}). */
  VoidFunction withCatalogId(String catalogId);
}
