package dev.widgetry.processor.template.syntax;

import java.util.List;

/**
 * A Jinja expression. {@code pos} is the index in the template of the character that starts it (for
 * operators, the operator), which messages turn into a line and column.
 */
public sealed interface Expr {

  int pos();

  /** A variable. */
  record Name(String name, int pos) implements Expr {}

  /**
   * A literal: a {@code String}, a {@code Long}, a {@code Double}, a {@code Boolean}, or null for
   * {@code none}.
   */
  record Literal(Object value, int pos) implements Expr {}

  /** {@code target.name}. */
  record Attr(Expr target, String name, int pos) implements Expr {}

  /** {@code target[index]}. */
  record Item(Expr target, Expr index, int pos) implements Expr {}

  /** {@code target[start:stop]}; either bound may be null. */
  record Slice(Expr target, Expr start, Expr stop, int pos) implements Expr {}

  /** {@code {"a": 1, ...}}. */
  record DictLiteral(List<Entry> entries, int pos) implements Expr {
    public DictLiteral {
      entries = List.copyOf(entries);
    }
  }

  record Entry(Expr key, Expr value) {}

  /** {@code [a, b]}. */
  record ListLiteral(List<Expr> items, int pos) implements Expr {
    public ListLiteral {
      items = List.copyOf(items);
    }
  }

  /** {@code callee(args, name=value)}. */
  record Call(Expr callee, List<Expr> args, List<Keyword> keywords, int pos) implements Expr {
    public Call {
      args = List.copyOf(args);
      keywords = List.copyOf(keywords);
    }
  }

  record Keyword(String name, Expr value, int pos) {}

  /** {@code target | name(args)}. */
  record Filter(Expr target, String name, List<Expr> args, List<Keyword> keywords, int pos) implements Expr {
    public Filter {
      args = List.copyOf(args);
      keywords = List.copyOf(keywords);
    }
  }

  /** {@code target is [not] name}. */
  record Test(Expr target, String name, boolean negated, int pos) implements Expr {}

  /** {@code not operand}. */
  record Not(Expr operand, int pos) implements Expr {}

  /** {@code -operand}. */
  record Negative(Expr operand, int pos) implements Expr {}

  /** {@code left op right}, {@code op} as written: {@code and}, {@code ==}, {@code ~}... */
  record Binary(String op, Expr left, Expr right, int pos) implements Expr {}

  /** {@code then if test else otherwise}. */
  record Conditional(Expr test, Expr then, Expr otherwise, int pos) implements Expr {}
}
