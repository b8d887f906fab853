package dev.widgetry.a2ui;

/**
 * A component of an A2UI catalog: the basic catalog's ({@code dev.widgetry.a2ui.basic}) or a
 * catalog of your own, whose records implement a sealed {@code @Widget(discriminator =
 * "component")} interface that extends this one.
 */
public interface A2uiComponent extends Node {

  /**
   * The component's id, unique within its surface; null while the component stands in a nested
   * tree, until {@code Surface} gives it one.
   */
  String id();

  /**
   * The id of the catalog the component says it is of (A2UI v1.0's {@code catalogId}), or null: then
   * it is of its surface's catalog when that has it, else of the catalog its type is of, which the
   * v1.0 writer names for it. A record with a {@code String catalogId} prop (every basic component
   * has one) answers with it; one without is always null.
   */
  default String catalogId() {
    return null;
  }

  /** The same component with another id. */
  A2uiComponent withId(String id);
}
