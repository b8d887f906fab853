package dev.widgetry.processor.template.shape;

import dev.widgetry.processor.template.syntax.Expr;
import dev.widgetry.processor.template.syntax.ExprNames;
import java.util.function.Predicate;

/**
 * Recognizes how a captured block is written out: {@code {{ _c }}}, or the Builder's comma trick
 * {@code {{ _c[1:] if _c and _c[0] == ',' else _c }}}, which drops the comma the first child was
 * written with. Any other use of a captured block treats template text as a string, which widget
 * templates do not support.
 */
final class Splices {
  private Splices() {}

  record Use(String name, boolean dropLeadingComma) {}

  static Use use(Expr expr, Predicate<String> captured) {
    if (expr instanceof Expr.Name && captured.test(((Expr.Name) expr).name())) {
      return new Use(((Expr.Name) expr).name(), false);
    }
    if (!(expr instanceof Expr.Conditional)) {
      return null;
    }
    Expr.Conditional conditional = (Expr.Conditional) expr;
    if (!(conditional.otherwise() instanceof Expr.Name)) {
      return null;
    }
    String name = ((Expr.Name) conditional.otherwise()).name();
    if (!captured.test(name) || !isDropFirst(conditional.then(), name) || !isLeadingCommaTest(conditional.test(), name)) {
      return null;
    }
    return new Use(name, true);
  }

  /** Throws when {@code expr} reads a captured block in any way {@link #use} does not recognize. */
  static void refuseOtherUses(Expr expr, Predicate<String> captured) throws ShapeException {
    Expr.Name name = ExprNames.find(expr, captured);
    if (name != null) {
      throw ShapeException.unsupported("using the captured block " + name.name()
          + " other than as {{ " + name.name() + " }} or {{ " + name.name() + "[1:] if " + name.name() + " and "
          + name.name() + "[0] == ',' else " + name.name() + " }}", name.pos());
    }
  }

  private static boolean isDropFirst(Expr expr, String name) {
    if (!(expr instanceof Expr.Slice)) {
      return false;
    }
    Expr.Slice slice = (Expr.Slice) expr;
    return isName(slice.target(), name) && slice.stop() == null && isLiteral(slice.start(), 1L);
  }

  /** {@code _c and _c[0] == ','}, either side of the comparison. */
  private static boolean isLeadingCommaTest(Expr expr, String name) {
    if (!(expr instanceof Expr.Binary) || !((Expr.Binary) expr).op().equals("and")) {
      return false;
    }
    Expr.Binary and = (Expr.Binary) expr;
    if (!isName(and.left(), name) || !(and.right() instanceof Expr.Binary)) {
      return false;
    }
    Expr.Binary equals = (Expr.Binary) and.right();
    if (!equals.op().equals("==")) {
      return false;
    }
    return (isFirstChar(equals.left(), name) && isLiteral(equals.right(), ","))
        || (isFirstChar(equals.right(), name) && isLiteral(equals.left(), ","));
  }

  private static boolean isFirstChar(Expr expr, String name) {
    return expr instanceof Expr.Item && isName(((Expr.Item) expr).target(), name)
        && isLiteral(((Expr.Item) expr).index(), 0L);
  }

  private static boolean isName(Expr expr, String name) {
    return expr instanceof Expr.Name && ((Expr.Name) expr).name().equals(name);
  }

  private static boolean isLiteral(Expr expr, Object value) {
    return expr instanceof Expr.Literal && value.equals(((Expr.Literal) expr).value());
  }
}
