package dev.widgetry.tests.model;

import dev.widgetry.annotations.Widget;
import java.util.List;

/**
 * A union tagged by {@code "kind"} rather than {@code "type"}, as A2UI tags components by
 * {@code "component"}; {@code "type"} is then an ordinary property.
 */
@Widget(discriminator = "kind")
public sealed interface Shape permits Shape.Circle, Shape.Square, Shape.Group {

  @Widget
  record Circle(double radius) implements Shape {}

  /** Tagged "sq"; its {@code type} is a property like any other. */
  @Widget("sq")
  record Square(double side, String type) implements Shape {}

  /**
   * Shapes drawn together, under a caption.
   *
   * @param members the shapes
   * @param caption what it says under them
   */
  @Widget
  record Group(List<Shape> members, Caption caption) implements Shape {}
}
