package dev.widgetry.processor.template.check;

import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.template.data.DataType;
import dev.widgetry.processor.template.syntax.Expr;
import dev.widgetry.processor.template.syntax.ExprPrinter;
import dev.widgetry.processor.template.types.Ty;
import dev.widgetry.processor.template.types.Tys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Types Jinja expressions as chatkit-python evaluates them (StrictUndefined, Python's operators),
 * reporting what fails on some data: a name or field the data lacks, a value that may be undefined
 * where it is used, an operation on the wrong kind of value. Records each expression's type, and
 * each name's declaration, for the writer.
 */
final class ExprChecker {
  /** Attributes of a Python dict that Jinja finds before a key of the same name. */
  private static final Set<String> DICT_METHODS = Set.of("items", "keys", "values", "get", "pop", "popitem", "copy",
      "update", "clear", "setdefault", "fromkeys");
  private static final Set<String> LOOP_INTEGERS = Set.of("index", "index0", "revindex", "revindex0", "length");
  private static final Set<String> LOOP_FLAGS = Set.of("first", "last");

  private final Sink sink;
  private final Attribution attribution;
  private final Facts facts;

  ExprChecker(Sink sink, Attribution attribution, Facts facts) {
    this.sink = sink;
    this.attribution = attribution;
    this.facts = facts;
  }

  Ty type(Expr expr, Env env) {
    Ty type = compute(expr, env);
    String path = Paths.of(expr);
    Ty narrowed = path == null ? null : env.narrowed(path);
    if (narrowed != null) {
      type = narrowed;
    }
    if (path != null) {
      type = withSource(type, ExprPrinter.print(expr));
    }
    attribution.type(expr, type);
    return type;
  }

  /** The type with its undefined alternative traced to {@code source}, the expression a guard tests. */
  private static Ty withSource(Ty type, String source) {
    Ty.Undefined undefined = Tys.undefinedPart(type);
    if (undefined == null || undefined.source() != null) {
      return type;
    }
    List<Ty> members = new ArrayList<>();
    for (Ty member : Tys.members(type)) {
      members.add(member instanceof Ty.Undefined ? new Ty.Undefined(undefined.why(), source) : member);
    }
    return Tys.union(members);
  }

  /** Types {@code expr} where its value is used: it may not be undefined. Returns its defined part. */
  Ty use(Expr expr, Env env, String action) {
    return use(type(expr, env), expr, action);
  }

  Ty use(Ty type, Expr expr, String action) {
    if (Tys.isPoison(type)) {
      return Tys.POISON;
    }
    Ty.Undefined undefined = Tys.undefinedPart(type);
    if (undefined != null) {
      String text = undefined.source() != null ? undefined.source() : ExprPrinter.print(expr);
      sink.error(Message.TEMPLATE_UNGUARDED, expr.pos(), undefined.why(), action, text, text);
      Ty defined = Tys.defined(type);
      return defined == null ? Tys.POISON : defined;
    }
    return type;
  }

  /** Types a test: its value is made a boolean, which an undefined value refuses. */
  Ty truth(Expr expr, Env env) {
    return use(expr, env, "testing it");
  }

  private Ty compute(Expr expr, Env env) {
    if (expr instanceof Expr.Literal) {
      return literal(((Expr.Literal) expr).value());
    }
    if (expr instanceof Expr.Name) {
      return name((Expr.Name) expr, env);
    }
    if (expr instanceof Expr.Attr) {
      Expr.Attr attr = (Expr.Attr) expr;
      return attribute(type(attr.target(), env), attr.target(), attr.name(), true, attr.pos(), env);
    }
    if (expr instanceof Expr.Item) {
      return item((Expr.Item) expr, env);
    }
    if (expr instanceof Expr.Slice) {
      return slice((Expr.Slice) expr, env);
    }
    if (expr instanceof Expr.DictLiteral) {
      return dict((Expr.DictLiteral) expr, env);
    }
    if (expr instanceof Expr.ListLiteral) {
      Expr.ListLiteral list = (Expr.ListLiteral) expr;
      List<Ty> items = new ArrayList<>();
      for (Expr item : list.items()) {
        items.add(use(item, env, "putting it in a list"));
      }
      Ty appended = facts.appended(list);
      if (appended != null) {
        items.add(appended);
      }
      return new Ty.Lst(items.isEmpty() ? null : Tys.union(items), list.items().size(), list);
    }
    if (expr instanceof Expr.Call) {
      return call((Expr.Call) expr, env);
    }
    if (expr instanceof Expr.Filter) {
      return filter((Expr.Filter) expr, env);
    }
    if (expr instanceof Expr.Test) {
      return test((Expr.Test) expr, env);
    }
    if (expr instanceof Expr.Not) {
      truth(((Expr.Not) expr).operand(), env);
      return Tys.BOOL;
    }
    if (expr instanceof Expr.Negative) {
      Expr operand = ((Expr.Negative) expr).operand();
      Ty type = use(operand, env, "negating it");
      if (!numeric(type)) {
        return wrongKind(operand, type, "only a number can be negated");
      }
      return type;
    }
    if (expr instanceof Expr.Binary) {
      return binary((Expr.Binary) expr, env);
    }
    Expr.Conditional conditional = (Expr.Conditional) expr;
    truth(conditional.test(), env);
    Ty then = type(conditional.then(), narrow(conditional.test(), true, env));
    Ty otherwise = type(conditional.otherwise(), narrow(conditional.test(), false, env));
    return Tys.union(then, otherwise);
  }

  private static Ty literal(Object value) {
    if (value == null) {
      return Tys.NONE;
    }
    if (value instanceof String) {
      return Tys.literal((String) value);
    }
    if (value instanceof Long) {
      return Tys.INT;
    }
    if (value instanceof Double) {
      return Tys.NUM;
    }
    return new Ty.Bool((Boolean) value);
  }

  private Ty name(Expr.Name name, Env env) {
    Env.Binding binding = env.lookup(name.name());
    if (binding == null) {
      if (name.name().equals("loop")) {
        sink.error(Message.TEMPLATE_UNKNOWN_VARIABLE, name.pos(), "loop", "no loop variable outside a for loop", "");
      } else {
        TreeSet<String> known = new TreeSet<>(env.names().keySet());
        known.remove("loop");
        sink.error(Message.TEMPLATE_UNKNOWN_VARIABLE, name.pos(), name.name(),
            known.isEmpty() ? "no variables" : "the variables " + String.join(", ", known),
            Suggestions.didYouMean(name.name(), known));
      }
      return Tys.POISON;
    }
    attribution.name(name, binding.decl());
    return binding.type();
  }

  /**
   * {@code target.name} ({@code attribute} true) or {@code target['name']}: a field of the data,
   * a dict entry, a namespace attribute, or a loop attribute.
   */
  private Ty attribute(Ty targetType, Expr target, String name, boolean attribute, int pos, Env env) {
    Ty type = use(targetType, target, "reading its field " + name);
    if (Tys.isPoison(type)) {
      return Tys.POISON;
    }
    String text = ExprPrinter.print(target);
    List<Ty> results = new ArrayList<>();
    for (Ty member : Tys.members(type)) {
      if (attribute && DICT_METHODS.contains(name) && (member instanceof Ty.Obj || member instanceof Ty.MapOf
          || member instanceof Ty.Dict || member instanceof Ty.Any)) {
        sink.error(Message.TEMPLATE_DICT_METHOD, pos, text + "." + name, name + "()", text + "['" + name + "']");
        return Tys.POISON;
      }
      if (member instanceof Ty.Obj) {
        Ty.Obj object = (Ty.Obj) member;
        DataType.DataProperty property = object.schema().property(name);
        if (property != null) {
          results.add(Tys.field(property, object.path()));
        } else if (object.schema().open()) {
          String path = object.path() + "." + name;
          results.add(Tys.union(new Ty.Any(path), new Ty.Undefined(path + " is not in the schema", null)));
        } else {
          List<String> fields = new ArrayList<>();
          object.schema().properties().forEach(field -> fields.add(field.name()));
          sink.error(Message.TEMPLATE_UNKNOWN_FIELD, pos, object.path().isEmpty() ? text : object.path(), name,
              fields.isEmpty() ? "none" : String.join(", ", fields), Suggestions.didYouMean(name, fields));
          return Tys.POISON;
        }
      } else if (member instanceof Ty.MapOf) {
        Ty.MapOf map = (Ty.MapOf) member;
        results.add(Tys.union(map.values(), new Ty.Undefined(map.path() + " may have no key \"" + name + "\"", null)));
      } else if (member instanceof Ty.Dict) {
        sink.error(Message.TEMPLATE_UNSUPPORTED, pos, "reading an entry of a dict the template made");
        return Tys.POISON;
      } else if (member instanceof Ty.Any) {
        String path = ((Ty.Any) member).path() + "." + name;
        results.add(Tys.union(new Ty.Any(path), new Ty.Undefined(path + " is not in the schema", null)));
      } else if (member instanceof Ty.Namespace) {
        Decl field = attribution.namespace(((Ty.Namespace) member).creation()).get(name);
        if (field == null) {
          sink.error(Message.TEMPLATE_UNKNOWN_FIELD, pos, text, name, "the attributes it was made with", "");
          return Tys.POISON;
        }
        Ty value = env.field(field);
        results.add(value == null ? new Ty.Undefined("the namespace's " + name + " is not set yet", null) : value);
      } else if (member instanceof Ty.Loop) {
        return loopAttribute(target, name, pos);
      } else if (member instanceof Ty.None) {
        results.add(new Ty.Undefined(text + " may be none, which has no field " + name, null));
      } else {
        return wrongKind(target, member, "it has no field " + name);
      }
    }
    return Tys.union(results);
  }

  private Ty loopAttribute(Expr target, String name, int pos) {
    Decl loop = target instanceof Expr.Name ? attribution.declOf((Expr.Name) target) : null;
    if (loop != null) {
      attribution.useLoopAttribute(loop.origin(), name);
    }
    if (LOOP_INTEGERS.contains(name)) {
      return Tys.INT;
    }
    if (LOOP_FLAGS.contains(name)) {
      return Tys.BOOL;
    }
    sink.error(Message.TEMPLATE_UNSUPPORTED, pos, "loop." + name);
    return Tys.POISON;
  }

  private Ty item(Expr.Item item, Env env) {
    Ty target = type(item.target(), env);
    Expr index = item.index();
    if (index instanceof Expr.Literal && ((Expr.Literal) index).value() instanceof String) {
      type(index, env);
      return attribute(target, item.target(), (String) ((Expr.Literal) index).value(), false, item.pos(), env);
    }
    Ty indexType = use(index, env, "using it as an index");
    Ty type = use(target, item.target(), "taking an element of it");
    if (Tys.isPoison(type) || Tys.isPoison(indexType)) {
      return Tys.POISON;
    }
    if (!Tys.members(indexType).stream().allMatch(member -> member instanceof Ty.Int)) {
      return wrongKind(index, indexType, "an index must be an integer");
    }
    Long literal = index instanceof Expr.Literal ? (Long) ((Expr.Literal) index).value() : null;
    String text = ExprPrinter.print(item.target());
    List<Ty> results = new ArrayList<>();
    for (Ty member : Tys.members(type)) {
      if (member instanceof Ty.Lst) {
        Ty.Lst list = (Ty.Lst) member;
        Ty element = list.element() == null ? Tys.POISON : list.element();
        boolean present = literal != null && (literal >= 0 ? literal < list.minItems() : -literal <= list.minItems());
        results.add(present ? element : Tys.union(element,
            new Ty.Undefined(text + " may have no element " + (literal == null ? "there" : literal), null)));
      } else if (member instanceof Ty.Str) {
        boolean present = literal != null && (literal == 0 || literal == -1) && ((Ty.Str) member).nonEmpty();
        Ty character = new Ty.Str(null, true);
        results.add(present ? character : Tys.union(character, new Ty.Undefined(text + " may be too short", null)));
      } else if (member instanceof Ty.None) {
        results.add(new Ty.Undefined(text + " may be none, which has no elements", null));
      } else {
        return wrongKind(item.target(), member, "it has no elements to index");
      }
    }
    return Tys.union(results);
  }

  private Ty slice(Expr.Slice slice, Env env) {
    for (Expr bound : new Expr[] {slice.start(), slice.stop()}) {
      if (bound != null) {
        Ty type = use(bound, env, "using it as a slice bound");
        if (!Tys.members(type).stream().allMatch(member -> member instanceof Ty.Int || member instanceof Ty.None)) {
          return wrongKind(bound, type, "a slice bound must be an integer");
        }
      }
    }
    Ty type = use(slice.target(), env, "slicing it");
    List<Ty> results = new ArrayList<>();
    for (Ty member : Tys.members(type)) {
      if (member instanceof Ty.Lst) {
        results.add(new Ty.Lst(((Ty.Lst) member).element(), 0, null));
      } else if (member instanceof Ty.Str) {
        results.add(Tys.STRING);
      } else if (Tys.isPoison(member)) {
        results.add(member);
      } else {
        return wrongKind(slice.target(), member, "only a string or a list can be sliced");
      }
    }
    return Tys.union(results);
  }

  private Ty dict(Expr.DictLiteral dict, Env env) {
    Map<String, Ty> entries = new LinkedHashMap<>();
    for (Expr.Entry entry : dict.entries()) {
      if (!(entry.key() instanceof Expr.Literal) || !(((Expr.Literal) entry.key()).value() instanceof String)) {
        sink.error(Message.TEMPLATE_UNSUPPORTED, entry.key().pos(), "a dict key that is not a string literal");
        return Tys.POISON;
      }
      type(entry.key(), env);
      entries.put((String) ((Expr.Literal) entry.key()).value(), use(entry.value(), env, "putting it in a dict"));
    }
    return new Ty.Dict(dict, entries);
  }

  private Ty call(Expr.Call call, Env env) {
    if (call.callee() instanceof Expr.Name && ((Expr.Name) call.callee()).name().equals("namespace")
        && env.lookup("namespace") == null) {
      if (!call.args().isEmpty()) {
        sink.error(Message.TEMPLATE_UNSUPPORTED, call.pos(), "namespace() with positional arguments");
        return Tys.POISON;
      }
      attribution.type(call.callee(), Tys.POISON);
      for (Expr.Keyword keyword : call.keywords()) {
        use(keyword.value(), env, "setting a namespace attribute to it");
        attribution.namespace(call).computeIfAbsent(keyword.name(),
            attributeName -> new Decl(Decl.Kind.NAMESPACE_FIELD, attributeName, call));
      }
      return new Ty.Namespace(call);
    }
    if (call.callee() instanceof Expr.Attr && ((Expr.Attr) call.callee()).name().equals("append")
        && call.args().size() == 1 && call.keywords().isEmpty()) {
      Expr.Attr callee = (Expr.Attr) call.callee();
      Ty receiver = use(callee.target(), env, "appending to it");
      attribution.type(callee, Tys.POISON);
      Ty value = use(call.args().get(0), env, "appending it");
      if (Tys.isPoison(receiver)) {
        return Tys.NONE;
      }
      for (Ty member : Tys.members(receiver)) {
        if (!(member instanceof Ty.Lst) || ((Ty.Lst) member).literal() == null) {
          sink.error(Message.TEMPLATE_UNSUPPORTED, call.pos(),
              "appending to " + Tys.describe(member) + " (only lists the template makes can grow)");
          return Tys.NONE;
        }
        Expr.ListLiteral list = ((Ty.Lst) member).literal();
        facts.append(list, value);
        Conversion elements = facts.elements(list);
        if (elements != null) {
          attribution.convert(call.args().get(0), elements);
        }
      }
      return Tys.NONE;
    }
    sink.error(Message.TEMPLATE_UNSUPPORTED, call.pos(), "calling " + ExprPrinter.print(call.callee()));
    return Tys.POISON;
  }

  private Ty filter(Expr.Filter filter, Env env) {
    switch (filter.name()) {
      case "tojson":
        sink.error(Message.TEMPLATE_UNSUPPORTED, filter.pos(),
            "tojson inside an expression (write it last: {{ (...) | tojson }})");
        return Tys.POISON;
      case "default":
      case "d":
        return defaultFilter(filter, env);
      case "length":
      case "count":
        return length(filter, env);
      case "int":
        if (!filter.args().isEmpty() || !filter.keywords().isEmpty()) {
          sink.error(Message.TEMPLATE_UNSUPPORTED, filter.pos(), "int with arguments");
          return Tys.POISON;
        }
        use(filter.target(), env, "converting it with int");
        return Tys.INT;
      default:
        sink.error(Message.TEMPLATE_UNSUPPORTED, filter.pos(), "the filter '" + filter.name() + "'");
        return Tys.POISON;
    }
  }

  /**
   * Whether the compiled code can tell none from undefined in {@code expr}: Java has one null, so a
   * value that may be either must be a field of the data that may be left out or null, read from an
   * object that is there; a Java null then means left out.
   */
  private boolean distinguishable(Expr expr, Ty type) {
    if (!Tys.has(type, Ty.None.class) || Tys.undefinedPart(type) == null || isOptionalNullableField(expr)) {
      return true;
    }
    sink.error(Message.TEMPLATE_UNSUPPORTED, ExprPrinter.start(expr), "telling none from undefined in "
        + ExprPrinter.print(expr) + ", which may be either for more than one reason");
    return false;
  }

  private boolean isOptionalNullableField(Expr expr) {
    DataType.DataProperty property = null;
    if (expr instanceof Expr.Name) {
      Decl decl = attribution.declOf((Expr.Name) expr);
      property = decl != null && decl.kind() == Decl.Kind.DATA ? (DataType.DataProperty) decl.origin() : null;
    } else if (expr instanceof Expr.Attr) {
      Ty target = attribution.typeOf(((Expr.Attr) expr).target());
      if (target instanceof Ty.Obj) {
        property = ((Ty.Obj) target).schema().property(((Expr.Attr) expr).name());
      }
    }
    return property != null && !property.required() && property.type() instanceof DataType.Nullable;
  }

  /** Checks that a value tojson writes is JSON: not a namespace or the loop variable. */
  void jsonValue(Expr expr, Ty type) {
    for (Ty member : Tys.members(type)) {
      if (member instanceof Ty.Namespace || member instanceof Ty.Loop) {
        wrongKind(expr, member, "tojson cannot write it");
        return;
      }
    }
  }

  private Ty defaultFilter(Expr.Filter filter, Env env) {
    boolean onFalsy = false;
    if (filter.args().size() == 2 && filter.args().get(1) instanceof Expr.Literal
        && ((Expr.Literal) filter.args().get(1)).value() instanceof Boolean) {
      onFalsy = (Boolean) ((Expr.Literal) filter.args().get(1)).value();
      type(filter.args().get(1), env);
    } else if (filter.args().size() != 1 || !filter.keywords().isEmpty()) {
      sink.error(Message.TEMPLATE_UNSUPPORTED, filter.pos(),
          "default(...) with other arguments than a value and, optionally, true or false");
      return Tys.POISON;
    }
    Ty target = type(filter.target(), env);
    Ty fallback = use(filter.args().get(0), env, "using it as a default");
    if (Tys.isPoison(target) || !distinguishable(filter.target(), target)) {
      return Tys.POISON;
    }
    Ty kept = Tys.defined(target);
    if (onFalsy && kept != null) {
      kept = Truth.truthy(kept);
    }
    return kept == null ? fallback : Tys.union(kept, fallback);
  }

  private Ty length(Expr.Filter filter, Env env) {
    Ty type = use(filter.target(), env, "taking its length");
    if (Tys.isPoison(type)) {
      return Tys.POISON;
    }
    for (Ty member : Tys.members(type)) {
      if (member instanceof Ty.Obj || member instanceof Ty.Dict || member instanceof Ty.Any) {
        sink.error(Message.TEMPLATE_UNSUPPORTED, filter.pos(), "the length of an object");
        return Tys.POISON;
      }
      if (!(member instanceof Ty.Str || member instanceof Ty.Lst || member instanceof Ty.MapOf)) {
        return wrongKind(filter.target(), member, "it has no length");
      }
    }
    return Tys.INT;
  }

  private Ty test(Expr.Test test, Env env) {
    switch (test.name()) {
      case "defined":
      case "undefined":
      case "none":
        Ty type = type(test.target(), env);
        return Tys.isPoison(type) || !distinguishable(test.target(), type) ? Tys.POISON : Tys.BOOL;
      default:
        sink.error(Message.TEMPLATE_UNSUPPORTED, test.pos(), "the test '" + test.name() + "'");
        return Tys.POISON;
    }
  }

  private Ty binary(Expr.Binary binary, Env env) {
    switch (binary.op()) {
      case "and":
      case "or":
        boolean and = binary.op().equals("and");
        Ty left = truth(binary.left(), env);
        Ty right = type(binary.right(), narrow(binary.left(), and, env));
        if (Tys.isPoison(left) || Tys.isPoison(right)) {
          return Tys.POISON;
        }
        Ty kept = and ? Truth.falsy(left) : Truth.truthy(left);
        return kept == null ? right : Tys.union(kept, right);
      case "==":
      case "!=":
        use(binary.left(), env, "comparing it");
        use(binary.right(), env, "comparing it");
        return Tys.BOOL;
      case "<":
      case ">":
      case "<=":
      case ">=":
        return ordering(binary, use(binary.left(), env, "comparing it"), use(binary.right(), env, "comparing it"));
      case "in":
      case "not in":
        use(binary.left(), env, "looking it up");
        Ty container = use(binary.right(), env, "looking in it");
        for (Ty member : Tys.members(container)) {
          if (!(member instanceof Ty.Lst || member instanceof Ty.Str || member instanceof Ty.Obj
              || member instanceof Ty.MapOf || member instanceof Ty.Dict || member instanceof Ty.Any)) {
            return wrongKind(binary.right(), member, "'in' needs a list, a string or an object");
          }
        }
        return Tys.BOOL;
      case "~":
        concat(binary.left(), use(binary.left(), env, "joining it with ~"));
        concat(binary.right(), use(binary.right(), env, "joining it with ~"));
        return Tys.STRING;
      case "+":
      case "-":
      case "*":
      case "/":
      case "//":
      case "%":
        return arithmetic(binary, use(binary.left(), env, "computing with it"), use(binary.right(), env, "computing with it"));
      default:
        sink.error(Message.TEMPLATE_UNSUPPORTED, binary.pos(), "the operator " + binary.op());
        return Tys.POISON;
    }
  }

  private Ty ordering(Expr.Binary binary, Ty left, Ty right) {
    if (Tys.isPoison(left) || Tys.isPoison(right)) {
      return Tys.POISON;
    }
    boolean numbers = numeric(left) && numeric(right);
    boolean strings = Tys.members(left).stream().allMatch(m -> m instanceof Ty.Str)
        && Tys.members(right).stream().allMatch(m -> m instanceof Ty.Str);
    if (!numbers && !strings) {
      sink.error(Message.TEMPLATE_WRONG_KIND, binary.pos(), ExprPrinter.print(binary),
          "a comparison of " + Tys.describe(left) + " with " + Tys.describe(right),
          "Python orders only numbers with numbers and strings with strings (the render fails otherwise)");
      return Tys.POISON;
    }
    return Tys.BOOL;
  }

  private void concat(Expr operand, Ty type) {
    for (Ty member : Tys.members(type)) {
      if (!(member instanceof Ty.Str || member instanceof Ty.Int || member instanceof Ty.Num || member instanceof Ty.Bool
          || member instanceof Ty.None || Tys.isPoison(member))) {
        wrongKind(operand, member, "~ writes Python's text of it (its repr), which is not what a widget shows");
        return;
      }
    }
  }

  private Ty arithmetic(Expr.Binary binary, Ty left, Ty right) {
    if (Tys.isPoison(left) || Tys.isPoison(right)) {
      return Tys.POISON;
    }
    if (numeric(left) && numeric(right)) {
      boolean integers = Tys.members(left).stream().allMatch(m -> m instanceof Ty.Int)
          && Tys.members(right).stream().allMatch(m -> m instanceof Ty.Int);
      return integers && !binary.op().equals("/") ? Tys.INT : Tys.NUM;
    }
    boolean strings = Tys.members(left).stream().allMatch(m -> m instanceof Ty.Str)
        && Tys.members(right).stream().allMatch(m -> m instanceof Ty.Str);
    if (binary.op().equals("+") && strings) {
      return Tys.STRING;
    }
    sink.error(Message.TEMPLATE_WRONG_KIND, binary.pos(), ExprPrinter.print(binary),
        binary.op() + " on " + Tys.describe(left) + " and " + Tys.describe(right),
        "widget templates compute " + binary.op() + " only on numbers" + (binary.op().equals("+") ? " or strings" : ""));
    return Tys.POISON;
  }

  static boolean numeric(Ty type) {
    return Tys.members(type).stream().allMatch(m -> m instanceof Ty.Int || m instanceof Ty.Num || Tys.isPoison(m));
  }

  private Ty wrongKind(Expr expr, Ty type, String consequence) {
    sink.error(Message.TEMPLATE_WRONG_KIND, expr.pos(), ExprPrinter.print(expr), Tys.describe(type), consequence);
    return Tys.POISON;
  }

  /** The environment after {@code test} turned out {@code outcome}. */
  Env narrow(Expr test, boolean outcome, Env env) {
    return Narrowing.narrow(test, outcome, env, this::peek);
  }

  /** The type of an expression where the checker has already looked at it. */
  private Ty peek(Expr expr, Env env) {
    boolean quiet = sink.quiet(true);
    try {
      return type(expr, env);
    } finally {
      sink.quiet(quiet);
    }
  }
}
