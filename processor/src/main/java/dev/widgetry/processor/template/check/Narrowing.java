package dev.widgetry.processor.template.check;

import dev.widgetry.processor.template.syntax.Expr;
import dev.widgetry.processor.template.types.Ty;
import dev.widgetry.processor.template.types.Tys;
import java.util.function.BiFunction;

/**
 * What a test tells about the values it reads: inside {@code {% if x is defined %}} x is defined,
 * inside {@code {% if items %}} items has an element, outside {@code {% if x is none %}} x is not none.
 */
final class Narrowing {
  private Narrowing() {}

  static Env narrow(Expr test, boolean outcome, Env env, BiFunction<Expr, Env, Ty> typer) {
    if (test instanceof Expr.Not) {
      return narrow(((Expr.Not) test).operand(), !outcome, env, typer);
    }
    if (test instanceof Expr.Binary) {
      Expr.Binary binary = (Expr.Binary) test;
      if (binary.op().equals("and") && outcome) {
        return narrow(binary.right(), true, narrow(binary.left(), true, env, typer), typer);
      }
      if (binary.op().equals("or") && !outcome) {
        return narrow(binary.right(), false, narrow(binary.left(), false, env, typer), typer);
      }
      if ((binary.op().equals("==") || binary.op().equals("!=")) && isNone(binary.right())) {
        return none(binary.left(), outcome == binary.op().equals("=="), env, typer);
      }
      if (isLengthTest(binary) && outcome) {
        return truthy(((Expr.Filter) binary.left()).target(), true, env, typer);
      }
      return env;
    }
    if (test instanceof Expr.Test) {
      Expr.Test is = (Expr.Test) test;
      boolean holds = outcome != is.negated();
      switch (is.name()) {
        case "defined":
          return defined(is.target(), holds, env, typer);
        case "undefined":
          return defined(is.target(), !holds, env, typer);
        case "none":
          return none(is.target(), holds, env, typer);
        default:
          return env;
      }
    }
    return truthy(test, outcome, env, typer);
  }

  private static Env defined(Expr target, boolean defined, Env env, BiFunction<Expr, Env, Ty> typer) {
    String path = Paths.of(target);
    if (path == null) {
      return env;
    }
    Ty type = typer.apply(target, env);
    if (defined) {
      Ty kept = Tys.defined(type);
      return kept == null ? env : env.narrow(path, kept);
    }
    Ty.Undefined undefined = Tys.undefinedPart(type);
    return env.narrow(path, undefined != null ? undefined : new Ty.Undefined(path + " is not defined here", null));
  }

  private static Env none(Expr target, boolean none, Env env, BiFunction<Expr, Env, Ty> typer) {
    String path = Paths.of(target);
    if (path == null) {
      return env;
    }
    Ty type = typer.apply(target, env);
    Ty kept = none ? Tys.filter(type, member -> member instanceof Ty.None)
        : Tys.filter(type, member -> !(member instanceof Ty.None));
    return kept == null ? env : env.narrow(path, kept);
  }

  private static Env truthy(Expr target, boolean truthy, Env env, BiFunction<Expr, Env, Ty> typer) {
    String path = Paths.of(target);
    if (path == null) {
      return env;
    }
    Ty type = typer.apply(target, env);
    if (Tys.isPoison(type) || Tys.undefinedPart(type) != null) {
      return env;
    }
    Ty kept = truthy ? Truth.truthy(type) : Truth.falsy(type);
    return kept == null ? env : env.narrow(path, kept);
  }

  private static boolean isNone(Expr expr) {
    return expr instanceof Expr.Literal && ((Expr.Literal) expr).value() == null;
  }

  /** {@code x | length > 0} or {@code x | length >= 1}. */
  private static boolean isLengthTest(Expr.Binary binary) {
    if (!(binary.left() instanceof Expr.Filter) || !(binary.right() instanceof Expr.Literal)) {
      return false;
    }
    Expr.Filter filter = (Expr.Filter) binary.left();
    Object bound = ((Expr.Literal) binary.right()).value();
    boolean length = filter.name().equals("length") || filter.name().equals("count");
    return length && ((binary.op().equals(">") && Long.valueOf(0).equals(bound))
        || (binary.op().equals(">=") && Long.valueOf(1).equals(bound)));
  }
}
