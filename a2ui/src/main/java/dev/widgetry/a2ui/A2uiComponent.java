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

  /** The same component with another id. */
  A2uiComponent withId(String id);
}
