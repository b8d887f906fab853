package dev.widgetry.processor.template.check;

import dev.widgetry.processor.template.syntax.Expr;

/** The path an expression reads, by which tests narrow it: {@code user.image}, {@code items[0]}; null for anything computed. */
final class Paths {
  private Paths() {}

  static String of(Expr expr) {
    if (expr instanceof Expr.Name) {
      return ((Expr.Name) expr).name();
    }
    if (expr instanceof Expr.Attr) {
      String target = of(((Expr.Attr) expr).target());
      return target == null ? null : target + "." + ((Expr.Attr) expr).name();
    }
    if (expr instanceof Expr.Item && ((Expr.Item) expr).index() instanceof Expr.Literal) {
      String target = of(((Expr.Item) expr).target());
      Object index = ((Expr.Literal) ((Expr.Item) expr).index()).value();
      if (target == null) {
        return null;
      }
      if (index instanceof String) {
        return target + "." + index;
      }
      return index instanceof Long ? target + "[" + index + "]" : null;
    }
    return null;
  }
}
