package dev.widgetry.processor.template.shape;

import dev.widgetry.processor.template.syntax.Expr;
import java.util.List;

/**
 * Commas written by outputs: {@code {{ "," }}}, or {@code {{ "," if not loop.last else "" }}}, a
 * hand-written way to separate the elements a loop writes.
 */
final class Commas {
  private Commas() {}

  static boolean isComma(Expr expr) {
    if (isText(expr, ",")) {
      return true;
    }
    if (!(expr instanceof Expr.Conditional)) {
      return false;
    }
    Expr.Conditional conditional = (Expr.Conditional) expr;
    return (isText(conditional.then(), ",") || isText(conditional.then(), ""))
        && (isText(conditional.otherwise(), ",") || isText(conditional.otherwise(), ""))
        && !(isText(conditional.then(), "") && isText(conditional.otherwise(), ""));
  }

  /** The comma, or a branch between a comma and nothing. */
  static Entry entry(Expr expr, int pos) {
    if (!(expr instanceof Expr.Conditional)) {
      return new Entry.Comma(pos);
    }
    Expr.Conditional conditional = (Expr.Conditional) expr;
    return new Entry.CondEntries(conditional.test(), part(conditional.then(), pos), part(conditional.otherwise(), pos), pos);
  }

  private static List<Entry> part(Expr text, int pos) {
    return isText(text, ",") ? List.of(new Entry.Comma(pos)) : List.of();
  }

  private static boolean isText(Expr expr, String text) {
    return expr instanceof Expr.Literal && text.equals(((Expr.Literal) expr).value());
  }
}
