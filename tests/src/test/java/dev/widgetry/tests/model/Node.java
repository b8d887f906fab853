package dev.widgetry.tests.model;

import dev.widgetry.annotations.Widget;
import java.util.List;

/** A tagged union whose members nest it: the shape of ChatKit's component tree. */
@Widget
public sealed interface Node permits Node.Text, Node.Box, Node.Image {

  /** Some text. */
  @Widget
  record Text(String value) implements Node {}

  /**
   * A container.
   *
   * @param children what it holds, in order
   * @param gap space between children
   */
  @Widget
  record Box(List<Node> children, Integer gap) implements Node {}

  /** A picture, tagged "Img" rather than by its class name. */
  @Widget("Img")
  record Image(String src) implements Node {}
}
