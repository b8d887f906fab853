package dev.widgetry.processor.template.preview;

import dev.widgetry.processor.template.syntax.Expr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates Jinja expressions on concrete values, as Jinja does under StrictUndefined. */
final class Expressions {
  private Expressions() {}

  static Object eval(Expr expr, Interpreter interpreter) {
    if (expr instanceof Expr.Literal) {
      return ((Expr.Literal) expr).value();
    }
    if (expr instanceof Expr.Name) {
      return interpreter.variable(((Expr.Name) expr).name());
    }
    if (expr instanceof Expr.Attr) {
      return attribute(eval(((Expr.Attr) expr).target(), interpreter), ((Expr.Attr) expr).name());
    }
    if (expr instanceof Expr.Item) {
      return item(eval(((Expr.Item) expr).target(), interpreter), eval(((Expr.Item) expr).index(), interpreter));
    }
    if (expr instanceof Expr.Slice) {
      Expr.Slice slice = (Expr.Slice) expr;
      return slice(defined(eval(slice.target(), interpreter)), bound(slice.start(), interpreter), bound(slice.stop(), interpreter));
    }
    if (expr instanceof Expr.DictLiteral) {
      Map<String, Object> dict = new LinkedHashMap<>();
      for (Expr.Entry entry : ((Expr.DictLiteral) expr).entries()) {
        dict.put((String) eval(entry.key(), interpreter), defined(eval(entry.value(), interpreter)));
      }
      return dict;
    }
    if (expr instanceof Expr.ListLiteral) {
      List<Object> list = new ArrayList<>();
      ((Expr.ListLiteral) expr).items().forEach(item -> list.add(defined(eval(item, interpreter))));
      return list;
    }
    if (expr instanceof Expr.Call) {
      return call((Expr.Call) expr, interpreter);
    }
    if (expr instanceof Expr.Filter) {
      return filter((Expr.Filter) expr, interpreter);
    }
    if (expr instanceof Expr.Test) {
      Expr.Test test = (Expr.Test) expr;
      Object value = eval(test.target(), interpreter);
      boolean holds = test.name().equals("none") ? value == null
          : test.name().equals("defined") != Interpreter.isUndefined(value);
      return holds != test.negated();
    }
    if (expr instanceof Expr.Not) {
      return !Python.truthy(defined(eval(((Expr.Not) expr).operand(), interpreter)));
    }
    if (expr instanceof Expr.Negative) {
      Object value = defined(eval(((Expr.Negative) expr).operand(), interpreter));
      return value instanceof Long ? (Object) (-(Long) value) : (Object) (-(Double) value);
    }
    if (expr instanceof Expr.Binary) {
      return binary((Expr.Binary) expr, interpreter);
    }
    Expr.Conditional conditional = (Expr.Conditional) expr;
    return Python.truthy(defined(eval(conditional.test(), interpreter)))
        ? eval(conditional.then(), interpreter) : eval(conditional.otherwise(), interpreter);
  }

  private static Object defined(Object value) {
    if (Interpreter.isUndefined(value)) {
      throw new Interpreter.CannotRender("an undefined value");
    }
    return value;
  }

  private static Object attribute(Object target, String name) {
    defined(target);
    if (target instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) target;
      return map.containsKey(name) ? map.get(name) : Interpreter.undefined();
    }
    if (Interpreter.isLoop(target)) {
      return Interpreter.loopAttribute(target, name);
    }
    return Interpreter.undefined();
  }

  private static Object item(Object target, Object index) {
    defined(target);
    if (index instanceof String) {
      return attribute(target, (String) index);
    }
    long position = (Long) defined(index);
    if (target instanceof List) {
      List<?> list = (List<?>) target;
      long at = position < 0 ? position + list.size() : position;
      return at < 0 || at >= list.size() ? Interpreter.undefined() : list.get((int) at);
    }
    if (target instanceof String) {
      int[] points = ((String) target).codePoints().toArray();
      long at = position < 0 ? position + points.length : position;
      return at < 0 || at >= points.length ? Interpreter.undefined() : new String(points, (int) at, 1);
    }
    return Interpreter.undefined();
  }

  private static Long bound(Expr bound, Interpreter interpreter) {
    return bound == null ? null : (Long) defined(eval(bound, interpreter));
  }

  private static Object slice(Object target, Long start, Long stop) {
    int length = target instanceof String ? ((String) target).codePointCount(0, ((String) target).length())
        : ((List<?>) target).size();
    int from = clamp(start, length, 0);
    int to = clamp(stop, length, length);
    if (target instanceof String) {
      int[] points = ((String) target).codePoints().toArray();
      return from >= to ? "" : new String(points, from, to - from);
    }
    return from >= to ? new ArrayList<>() : new ArrayList<>(((List<?>) target).subList(from, to));
  }

  private static int clamp(Long index, int length, int open) {
    if (index == null) {
      return open;
    }
    long position = index < 0 ? index + length : index;
    return (int) Math.max(0, Math.min(length, position));
  }

  @SuppressWarnings("unchecked")
  private static Object call(Expr.Call call, Interpreter interpreter) {
    if (call.callee() instanceof Expr.Name) {
      Map<String, Object> namespace = (Map<String, Object>) Interpreter.namespace();
      call.keywords().forEach(keyword -> namespace.put(keyword.name(), defined(eval(keyword.value(), interpreter))));
      return namespace;
    }
    Object list = defined(eval(((Expr.Attr) call.callee()).target(), interpreter));
    ((List<Object>) list).add(defined(eval(call.args().get(0), interpreter)));
    return null;
  }

  private static Object filter(Expr.Filter filter, Interpreter interpreter) {
    Object value = eval(filter.target(), interpreter);
    switch (filter.name()) {
      case "default":
      case "d":
        boolean onFalsy = filter.args().size() == 2 && Boolean.TRUE.equals(eval(filter.args().get(1), interpreter));
        boolean replace = Interpreter.isUndefined(value) || (onFalsy && !Python.truthy(value));
        return replace ? eval(filter.args().get(0), interpreter) : value;
      case "length":
      case "count":
        defined(value);
        if (value instanceof String) {
          return (long) ((String) value).codePointCount(0, ((String) value).length());
        }
        return (long) (value instanceof Map ? ((Map<?, ?>) value).size() : ((List<?>) value).size());
      default:
        return toInt(defined(value));
    }
  }

  private static long toInt(Object value) {
    if (value instanceof Long) {
      return (Long) value;
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? 1 : 0;
    }
    if (value instanceof Double) {
      double number = (Double) value;
      if (Double.isNaN(number) || Double.isInfinite(number) || Math.abs(number) >= 0x1p63) {
        throw new Interpreter.CannotRender("int of " + number);
      }
      return (long) number;
    }
    if (value instanceof String) {
      String text = ((String) value).strip().replace("_", "");
      try {
        return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
      } catch (NumberFormatException e) {
        try {
          return toInt(Double.parseDouble(text));
        } catch (NumberFormatException notFloat) {
          return 0;
        }
      }
    }
    return 0;
  }

  private static Object binary(Expr.Binary binary, Interpreter interpreter) {
    switch (binary.op()) {
      case "and": {
        Object left = defined(eval(binary.left(), interpreter));
        return Python.truthy(left) ? eval(binary.right(), interpreter) : left;
      }
      case "or": {
        Object left = defined(eval(binary.left(), interpreter));
        return Python.truthy(left) ? left : eval(binary.right(), interpreter);
      }
      default:
        break;
    }
    Object left = defined(eval(binary.left(), interpreter));
    Object right = defined(eval(binary.right(), interpreter));
    switch (binary.op()) {
      case "==":
        return Python.equal(left, right);
      case "!=":
        return !Python.equal(left, right);
      case "~":
        return Python.str(left) + Python.str(right);
      case "in":
      case "not in":
        boolean in = right instanceof String ? ((String) right).contains((String) left)
            : right instanceof Map ? ((Map<?, ?>) right).containsKey(left)
            : ((List<?>) right).stream().anyMatch(element -> Python.equal(element, left));
        return in == binary.op().equals("in");
      case "<":
      case ">":
      case "<=":
      case ">=":
        int order = left instanceof String ? compare((String) left, (String) right)
            : Double.compare(((Number) left).doubleValue(), ((Number) right).doubleValue());
        return binary.op().equals("<") ? order < 0 : binary.op().equals(">") ? order > 0
            : binary.op().equals("<=") ? order <= 0 : order >= 0;
      default:
        return arithmetic(binary.op(), left, right);
    }
  }

  private static int compare(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] != y[i]) {
        return Integer.compare(x[i], y[i]);
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static Object arithmetic(String op, Object left, Object right) {
    if (left instanceof String) {
      return (String) left + right;
    }
    if (left instanceof Long && right instanceof Long && !op.equals("/")) {
      long a = (Long) left;
      long b = (Long) right;
      switch (op) {
        case "+":
          return Math.addExact(a, b);
        case "-":
          return Math.subtractExact(a, b);
        case "*":
          return Math.multiplyExact(a, b);
        case "//":
          return Math.floorDiv(a, b);
        default:
          return Math.floorMod(a, b);
      }
    }
    double a = ((Number) left).doubleValue();
    double b = ((Number) right).doubleValue();
    if (b == 0 && (op.equals("/") || op.equals("//") || op.equals("%"))) {
      throw new Interpreter.CannotRender("division by zero");
    }
    switch (op) {
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      case "/":
        return a / b;
      case "//":
        return Math.floor(a / b);
      default:
        double result = a % b;
        return result != 0 && (result < 0) != (b < 0) ? result + b : result;
    }
  }
}
