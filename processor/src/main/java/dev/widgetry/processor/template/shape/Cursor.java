package dev.widgetry.processor.template.shape;

import dev.widgetry.processor.template.syntax.Node;
import java.util.List;

/** A read position in a list of template nodes, character by character inside text. */
final class Cursor {
  private final List<Node> nodes;
  /** Where the list ends, for messages about a value that is cut short. */
  private final int endPos;
  private int index;
  private int offset;

  Cursor(List<Node> nodes, int endPos) {
    this.nodes = nodes;
    this.endPos = endPos;
  }

  boolean atEnd() {
    skipFinishedText();
    return index >= nodes.size();
  }

  boolean atText() {
    return !atEnd() && nodes.get(index) instanceof Node.Text;
  }

  char peekChar() {
    return ((Node.Text) nodes.get(index)).text().charAt(offset);
  }

  /** Whether the text at the cursor starts with {@code word}, within this text node. */
  boolean textStartsWith(String word) {
    return atText() && ((Node.Text) nodes.get(index)).text().startsWith(word, offset);
  }

  void advance(int chars) {
    offset += chars;
  }

  /** The template index of the character, or of the node, at the cursor; the list's end when done. */
  int pos() {
    if (atEnd()) {
      return endPos;
    }
    Node node = nodes.get(index);
    return node instanceof Node.Text ? node.pos() + offset : node.pos();
  }

  /** The node at the cursor, which is not text. */
  Node peekNode() {
    return nodes.get(index);
  }

  void skipNode() {
    index++;
    offset = 0;
  }

  /** Skips whitespace; returns whether there was any. */
  boolean skipWhitespace() {
    boolean skipped = false;
    while (atText() && isJsonWhitespace(peekChar())) {
      advance(1);
      skipped = true;
    }
    return skipped;
  }

  static boolean isJsonWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private void skipFinishedText() {
    while (index < nodes.size() && nodes.get(index) instanceof Node.Text
        && offset >= ((Node.Text) nodes.get(index)).text().length()) {
      index++;
      offset = 0;
    }
  }
}
