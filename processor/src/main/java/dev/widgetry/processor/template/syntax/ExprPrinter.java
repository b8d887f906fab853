package dev.widgetry.processor.template.syntax;

import java.util.ArrayList;
import java.util.List;

/** Writes an expression back as Jinja source, for messages: {@code items[0].name | default('')}. */
public final class ExprPrinter {
  private ExprPrinter() {}

  public static String print(Expr expr) {
    if (expr instanceof Expr.Name) {
      return ((Expr.Name) expr).name();
    }
    if (expr instanceof Expr.Literal) {
      return literal(((Expr.Literal) expr).value());
    }
    if (expr instanceof Expr.Attr) {
      return operand(((Expr.Attr) expr).target()) + "." + ((Expr.Attr) expr).name();
    }
    if (expr instanceof Expr.Item) {
      return operand(((Expr.Item) expr).target()) + "[" + print(((Expr.Item) expr).index()) + "]";
    }
    if (expr instanceof Expr.Slice) {
      Expr.Slice slice = (Expr.Slice) expr;
      return operand(slice.target()) + "[" + (slice.start() == null ? "" : print(slice.start())) + ":"
          + (slice.stop() == null ? "" : print(slice.stop())) + "]";
    }
    if (expr instanceof Expr.DictLiteral) {
      List<String> entries = new ArrayList<>();
      for (Expr.Entry entry : ((Expr.DictLiteral) expr).entries()) {
        entries.add(print(entry.key()) + ": " + print(entry.value()));
      }
      return "{" + String.join(", ", entries) + "}";
    }
    if (expr instanceof Expr.ListLiteral) {
      List<String> items = new ArrayList<>();
      ((Expr.ListLiteral) expr).items().forEach(item -> items.add(print(item)));
      return "[" + String.join(", ", items) + "]";
    }
    if (expr instanceof Expr.Call) {
      Expr.Call call = (Expr.Call) expr;
      return operand(call.callee()) + "(" + arguments(call.args(), call.keywords()) + ")";
    }
    if (expr instanceof Expr.Filter) {
      Expr.Filter filter = (Expr.Filter) expr;
      String arguments = filter.args().isEmpty() && filter.keywords().isEmpty()
          ? "" : "(" + arguments(filter.args(), filter.keywords()) + ")";
      return print(filter.target()) + " | " + filter.name() + arguments;
    }
    if (expr instanceof Expr.Test) {
      Expr.Test test = (Expr.Test) expr;
      return print(test.target()) + " is " + (test.negated() ? "not " : "") + test.name();
    }
    if (expr instanceof Expr.Not) {
      return "not " + operand(((Expr.Not) expr).operand());
    }
    if (expr instanceof Expr.Negative) {
      return "-" + operand(((Expr.Negative) expr).operand());
    }
    if (expr instanceof Expr.Binary) {
      Expr.Binary binary = (Expr.Binary) expr;
      return operand(binary.left()) + " " + binary.op() + " " + operand(binary.right());
    }
    Expr.Conditional conditional = (Expr.Conditional) expr;
    return operand(conditional.then()) + " if " + operand(conditional.test()) + " else " + operand(conditional.otherwise());
  }

  /** Where an expression's text starts: its leftmost operand's start, where {@code pos} may be an operator's. */
  public static int start(Expr expr) {
    if (expr instanceof Expr.Binary) {
      return start(((Expr.Binary) expr).left());
    }
    if (expr instanceof Expr.Attr) {
      return start(((Expr.Attr) expr).target());
    }
    if (expr instanceof Expr.Item) {
      return start(((Expr.Item) expr).target());
    }
    if (expr instanceof Expr.Slice) {
      return start(((Expr.Slice) expr).target());
    }
    if (expr instanceof Expr.Filter) {
      return start(((Expr.Filter) expr).target());
    }
    if (expr instanceof Expr.Test) {
      return start(((Expr.Test) expr).target());
    }
    if (expr instanceof Expr.Conditional) {
      return start(((Expr.Conditional) expr).then());
    }
    return expr.pos();
  }

  private static String operand(Expr expr) {
    boolean simple = expr instanceof Expr.Name || expr instanceof Expr.Literal || expr instanceof Expr.Attr
        || expr instanceof Expr.Item || expr instanceof Expr.Slice || expr instanceof Expr.Call
        || expr instanceof Expr.DictLiteral || expr instanceof Expr.ListLiteral;
    return simple ? print(expr) : "(" + print(expr) + ")";
  }

  private static String arguments(List<Expr> args, List<Expr.Keyword> keywords) {
    List<String> all = new ArrayList<>();
    args.forEach(arg -> all.add(print(arg)));
    keywords.forEach(keyword -> all.add(keyword.name() + "=" + print(keyword.value())));
    return String.join(", ", all);
  }

  private static String literal(Object value) {
    if (value == null) {
      return "none";
    }
    if (value instanceof String) {
      return "'" + ((String) value).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    return value.toString();
  }
}
