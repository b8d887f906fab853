package dev.widgetry.processor.template.syntax;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Finds variables in expressions and templates. */
public final class ExprNames {
  private ExprNames() {}

  /** The first variable in {@code expr} that {@code wanted} accepts, or null. */
  public static Expr.Name find(Expr expr, Predicate<String> wanted) {
    if (expr instanceof Expr.Name) {
      return wanted.test(((Expr.Name) expr).name()) ? (Expr.Name) expr : null;
    }
    if (expr instanceof Expr.Literal) {
      return null;
    }
    if (expr instanceof Expr.Attr) {
      return find(((Expr.Attr) expr).target(), wanted);
    }
    if (expr instanceof Expr.Item) {
      return first(wanted, ((Expr.Item) expr).target(), ((Expr.Item) expr).index());
    }
    if (expr instanceof Expr.Slice) {
      Expr.Slice slice = (Expr.Slice) expr;
      return first(wanted, slice.target(), slice.start(), slice.stop());
    }
    if (expr instanceof Expr.DictLiteral) {
      for (Expr.Entry entry : ((Expr.DictLiteral) expr).entries()) {
        Expr.Name found = first(wanted, entry.key(), entry.value());
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (expr instanceof Expr.ListLiteral) {
      return first(wanted, ((Expr.ListLiteral) expr).items().toArray(new Expr[0]));
    }
    if (expr instanceof Expr.Call) {
      Expr.Call call = (Expr.Call) expr;
      Expr.Name found = find(call.callee(), wanted);
      found = found != null ? found : first(wanted, call.args().toArray(new Expr[0]));
      for (Expr.Keyword keyword : call.keywords()) {
        found = found != null ? found : find(keyword.value(), wanted);
      }
      return found;
    }
    if (expr instanceof Expr.Filter) {
      Expr.Filter filter = (Expr.Filter) expr;
      Expr.Name found = find(filter.target(), wanted);
      found = found != null ? found : first(wanted, filter.args().toArray(new Expr[0]));
      for (Expr.Keyword keyword : filter.keywords()) {
        found = found != null ? found : find(keyword.value(), wanted);
      }
      return found;
    }
    if (expr instanceof Expr.Test) {
      return find(((Expr.Test) expr).target(), wanted);
    }
    if (expr instanceof Expr.Not) {
      return find(((Expr.Not) expr).operand(), wanted);
    }
    if (expr instanceof Expr.Negative) {
      return find(((Expr.Negative) expr).operand(), wanted);
    }
    if (expr instanceof Expr.Binary) {
      return first(wanted, ((Expr.Binary) expr).left(), ((Expr.Binary) expr).right());
    }
    Expr.Conditional conditional = (Expr.Conditional) expr;
    return first(wanted, conditional.test(), conditional.then(), conditional.otherwise());
  }

  private static Expr.Name first(Predicate<String> wanted, Expr... exprs) {
    for (Expr expr : exprs) {
      if (expr != null) {
        Expr.Name found = find(expr, wanted);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Every variable name the nodes read, however deep. */
  public static Set<String> read(List<Node> nodes) {
    Set<String> names = new LinkedHashSet<>();
    collect(nodes, names);
    return names;
  }

  private static void collect(List<Node> nodes, Set<String> names) {
    for (Node node : nodes) {
      if (node instanceof Node.Output) {
        collect(((Node.Output) node).expr(), names);
      } else if (node instanceof Node.If) {
        collect(((Node.If) node).test(), names);
        collect(((Node.If) node).then(), names);
        collect(((Node.If) node).otherwise(), names);
      } else if (node instanceof Node.For) {
        collect(((Node.For) node).iterable(), names);
        collect(((Node.For) node).body(), names);
      } else if (node instanceof Node.Set) {
        collect(((Node.Set) node).value(), names);
      } else if (node instanceof Node.SetBlock) {
        collect(((Node.SetBlock) node).body(), names);
      }
    }
  }

  private static void collect(Expr expr, Set<String> names) {
    find(expr, name -> {
      names.add(name);
      return false;
    });
  }
}
