package dev.widgetry.processor.template.shape;

import dev.widgetry.processor.template.syntax.Node;
import java.util.List;

/** Whether template nodes write anything but whitespace. */
final class Emission {
  private Emission() {}

  static boolean emits(Node node) {
    if (node instanceof Node.Text) {
      return !((Node.Text) node).text().isBlank();
    }
    if (node instanceof Node.Output) {
      return true;
    }
    if (node instanceof Node.If) {
      return emits(((Node.If) node).then()) || emits(((Node.If) node).otherwise());
    }
    if (node instanceof Node.For) {
      return emits(((Node.For) node).body());
    }
    return false;
  }

  static boolean emits(List<Node> nodes) {
    for (Node node : nodes) {
      if (emits(node)) {
        return true;
      }
    }
    return false;
  }
}
