package dev.widgetry.processor.template.shape;

import dev.widgetry.processor.template.syntax.Expr;
import dev.widgetry.processor.template.syntax.Node;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON string literal in template text, with the outputs and ifs written inside its quotes. */
final class JsonStrings {
  private JsonStrings() {}

  /**
   * The parts after an opening quote, up to and including the closing one; or, inside a branch
   * ({@code nested}), to the end of the branch, where a closing quote is an error.
   */
  static List<StringPart> parts(Cursor cursor, int open, boolean nested) throws ShapeException {
    List<StringPart> parts = new ArrayList<>();
    StringBuilder chars = new StringBuilder();
    int charsPos = cursor.pos();
    while (true) {
      if (cursor.atEnd()) {
        if (nested) {
          flush(parts, chars, charsPos);
          return parts;
        }
        throw ShapeException.notJson("the string opened here is not closed", open);
      }
      if (!cursor.atText()) {
        flush(parts, chars, charsPos);
        parts.add(part(cursor.peekNode(), cursor));
        cursor.skipNode();
        charsPos = cursor.pos();
        continue;
      }
      char c = cursor.peekChar();
      if (c == '"') {
        if (nested) {
          throw ShapeException.unsupported("a string whose closing quote is inside an if", cursor.pos());
        }
        cursor.advance(1);
        flush(parts, chars, charsPos);
        return parts;
      }
      if (c < 0x20) {
        throw ShapeException.notJson(Structurer.describe(c) + " inside a string: JSON needs it escaped", cursor.pos());
      }
      if (c == '\\') {
        chars.append(escape(cursor));
        continue;
      }
      chars.append(c);
      cursor.advance(1);
    }
  }

  private static StringPart part(Node node, Cursor cursor) throws ShapeException {
    if (node instanceof Node.Output) {
      Expr expr = ((Node.Output) node).expr();
      if (expr instanceof Expr.Filter && ((Expr.Filter) expr).name().equals("tojson")) {
        return new StringPart.Insert(((Expr.Filter) expr).target(), true, node.pos());
      }
      return new StringPart.Insert(expr, false, node.pos());
    }
    if (node instanceof Node.If) {
      Node.If branch = (Node.If) node;
      return new StringPart.CondPart(branch.test(), parts(new Cursor(branch.then(), branch.pos()), branch.pos(), true),
          parts(new Cursor(branch.otherwise(), branch.pos()), branch.pos(), true), branch.pos());
    }
    if (node instanceof Node.For) {
      throw ShapeException.unsupported("a loop inside a string", node.pos());
    }
    throw ShapeException.unsupported("a set inside a string", node.pos());
  }

  private static char escape(Cursor cursor) throws ShapeException {
    int pos = cursor.pos();
    cursor.advance(1);
    if (!cursor.atText()) {
      throw ShapeException.notJson("a backslash with no escape after it inside a string", pos);
    }
    char c = cursor.peekChar();
    cursor.advance(1);
    switch (c) {
      case '"':
      case '\\':
      case '/':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < 4; i++) {
          if (!cursor.atText()) {
            throw ShapeException.notJson("a \\u escape needs four hex digits", pos);
          }
          hex.append(cursor.peekChar());
          cursor.advance(1);
        }
        try {
          return (char) Integer.parseInt(hex.toString(), 16);
        } catch (NumberFormatException e) {
          throw ShapeException.notJson("a \\u escape needs four hex digits", pos);
        }
      default:
        throw ShapeException.notJson("\\" + c + " is not a JSON escape", pos);
    }
  }

  private static void flush(List<StringPart> parts, StringBuilder chars, int pos) {
    if (chars.length() > 0) {
      parts.add(new StringPart.Chars(chars.toString(), pos));
      chars.setLength(0);
    }
  }
}
