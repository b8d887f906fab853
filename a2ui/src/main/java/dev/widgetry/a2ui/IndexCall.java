package dev.widgetry.a2ui;

import dev.widgetry.annotations.Widget;

/**
 * {@code @index}, A2UI v1.0's system function: the 0-based index of the current item of a list
 * template, plus {@code offset} when given ({@code {"call": "@index", "args": {"offset": 1}}}
 * counts from 1). A2UI allows it only in a component a {@code ChildList} template names, or inside
 * one: {@link A2ui#validate} reports it anywhere else. v0.9 has no such function: a v0.9 writer
 * refuses it, a v0.9 reader reads it as an unknown function.
 *
 * @param args its arguments, or null for none (offset 0)
 */
@Widget("@index")
@A2uiSince(A2uiVersion.V1_0)
public record IndexCall(Args args) implements NumberFunction {
  /** Its name, the value of its {@code "call"}. */
  static final String TAG = "@index";

  /**
   * The arguments of {@code @index}.
   *
   * @param offset optional. An offset to add to the 0-based index (e.g., 1 for 1-based indexing). Defaults to 0
   */
  @Widget
  public record Args(DynamicNumber offset) {}
}
