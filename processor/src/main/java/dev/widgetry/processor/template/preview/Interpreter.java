package dev.widgetry.processor.template.preview;

import dev.widgetry.processor.template.file.JsonValue;
import dev.widgetry.processor.template.shape.Entry;
import dev.widgetry.processor.template.shape.Statement;
import dev.widgetry.processor.template.shape.StringPart;
import dev.widgetry.processor.template.shape.Value;
import dev.widgetry.processor.template.syntax.Expr;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a checked template on concrete data at compile time, with Jinja's semantics, as the JSON
 * it sends: to compare with the preview the Builder exported. Values are Python's: {@code String},
 * {@code Long}, {@code Double}, {@code Boolean}, null for None, lists and dicts; what would fail the
 * render in Python throws {@link CannotRender}.
 */
final class Interpreter {
  /** A render that fails in Python too (an undefined value used), or needs what this does not model. */
  static final class CannotRender extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CannotRender(String what) {
      super(what, null, false, false);
    }
  }

  private static final Object UNDEFINED = new Object() {
    @Override
    public String toString() {
      return "Undefined";
    }
  };

  /** A {@code namespace(...)}: attributes that sets inside loops can change. */
  private static final class Namespace extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;
  }

  private record Loop(int index, int length) {}

  private final Deque<Map<String, Object>> scopes = new ArrayDeque<>();

  private Interpreter(Map<String, Object> data) {
    scopes.push(new HashMap<>(data));
  }

  /** The widget the template renders from {@code data}, nulls dropped as chatkit-python sends it. */
  static Object render(Value template, JsonValue data) {
    Object values = python(data);
    if (!(values instanceof Map)) {
      throw new CannotRender("data that is not an object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = (Map<String, Object>) values;
    Interpreter interpreter = new Interpreter(variables);
    interpreter.scopes.push(new HashMap<>());
    return dropNone(interpreter.value(template));
  }

  /** A JSON value of the file as Python's json reads it: a number with a fraction or exponent is a float. */
  static Object python(JsonValue value) {
    if (value instanceof JsonValue.JObject) {
      Map<String, Object> map = new LinkedHashMap<>();
      ((JsonValue.JObject) value).members().forEach((key, member) -> map.put(key, python(member.value())));
      return map;
    }
    if (value instanceof JsonValue.JArray) {
      List<Object> list = new ArrayList<>();
      ((JsonValue.JArray) value).items().forEach(item -> list.add(python(item)));
      return list;
    }
    if (value instanceof JsonValue.JNumber) {
      JsonValue.JNumber number = (JsonValue.JNumber) value;
      return number.integral() ? (Object) number.decimal().longValueExact() : (Object) number.decimal().doubleValue();
    }
    return value.plain();
  }

  static Object dropNone(Object value) {
    if (value instanceof Map) {
      Map<String, Object> kept = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((key, member) -> {
        if (member != null || key.equals("children")) {
          kept.put((String) key, dropNone(member));
        }
      });
      return kept;
    }
    if (value instanceof List) {
      List<Object> kept = new ArrayList<>();
      for (Object element : (List<?>) value) {
        if (element != null) {
          kept.add(dropNone(element));
        }
      }
      return kept;
    }
    return value;
  }

  private Object value(Value value) {
    if (value instanceof Value.WithStatements) {
      Value.WithStatements with = (Value.WithStatements) value;
      statements(with.before());
      Object result = value(with.value());
      statements(with.after());
      return result;
    }
    if (value instanceof Value.CondValue) {
      Value.CondValue cond = (Value.CondValue) value;
      return value(test(cond.test()) ? cond.then() : cond.otherwise());
    }
    if (value instanceof Value.ObjectValue) {
      Map<String, Object> object = new LinkedHashMap<>();
      entries(((Value.ObjectValue) value).entries(), object, null);
      return object;
    }
    if (value instanceof Value.ArrayValue) {
      List<Object> array = new ArrayList<>();
      entries(((Value.ArrayValue) value).entries(), null, array);
      return array;
    }
    if (value instanceof Value.StringValue) {
      return text(((Value.StringValue) value).parts());
    }
    if (value instanceof Value.NumberValue) {
      String text = ((Value.NumberValue) value).text();
      BigDecimal number = new BigDecimal(text);
      boolean integral = !text.contains(".") && !text.contains("e") && !text.contains("E");
      return integral ? (Object) number.longValueExact() : (Object) number.doubleValue();
    }
    if (value instanceof Value.BooleanValue) {
      return ((Value.BooleanValue) value).value();
    }
    if (value instanceof Value.NullValue) {
      return null;
    }
    Value.ExprValue expr = (Value.ExprValue) value;
    return json(defined(eval(expr.expr())));
  }

  private String text(List<StringPart> parts) {
    StringBuilder text = new StringBuilder();
    for (StringPart part : parts) {
      if (part instanceof StringPart.Chars) {
        text.append(((StringPart.Chars) part).text());
      } else if (part instanceof StringPart.Insert) {
        text.append(Python.str(defined(eval(((StringPart.Insert) part).expr()))));
      } else {
        StringPart.CondPart cond = (StringPart.CondPart) part;
        text.append(text(test(cond.test()) ? cond.then() : cond.otherwise()));
      }
    }
    return text.toString();
  }

  /** A value written with tojson and read back: namespaces are refused, the rest is JSON already. */
  private static Object json(Object value) {
    if (value instanceof Namespace || value instanceof Loop) {
      throw new CannotRender("tojson of a namespace");
    }
    return value;
  }

  private void entries(List<Entry> entries, Map<String, Object> object, List<Object> array) {
    for (Entry entry : entries) {
      if (entry instanceof Entry.Member) {
        object.put(((Entry.Member) entry).key(), value(((Entry.Member) entry).value()));
      } else if (entry instanceof Entry.Element) {
        array.add(value(((Entry.Element) entry).value()));
      } else if (entry instanceof Entry.CondEntries) {
        Entry.CondEntries cond = (Entry.CondEntries) entry;
        entries(test(cond.test()) ? cond.then() : cond.otherwise(), object, array);
      } else if (entry instanceof Entry.LoopEntries) {
        Entry.LoopEntries loop = (Entry.LoopEntries) entry;
        loop(loop.target(), loop.iterable(), () -> entries(loop.body(), object, array));
      } else if (entry instanceof Entry.Splice) {
        entries(((Entry.Splice) entry).body(), object, array);
      } else if (entry instanceof Entry.StatementEntry) {
        statement(((Entry.StatementEntry) entry).statement());
      }
    }
  }

  private void statements(List<Statement> statements) {
    statements.forEach(this::statement);
  }

  private void statement(Statement statement) {
    if (statement instanceof Statement.Assign) {
      Statement.Assign assign = (Statement.Assign) statement;
      scopes.peek().put(assign.name(), eval(assign.value()));
    } else if (statement instanceof Statement.AssignAttribute) {
      Statement.AssignAttribute assign = (Statement.AssignAttribute) statement;
      Object namespace = lookup(assign.name());
      if (!(namespace instanceof Namespace)) {
        throw new CannotRender("setting an attribute of what is not a namespace");
      }
      ((Namespace) namespace).put(assign.attribute(), eval(assign.value()));
    } else if (statement instanceof Statement.CondStatements) {
      Statement.CondStatements cond = (Statement.CondStatements) statement;
      statements(test(cond.test()) ? cond.then() : cond.otherwise());
    } else if (statement instanceof Statement.LoopStatements) {
      Statement.LoopStatements loop = (Statement.LoopStatements) statement;
      loop(loop.target(), loop.iterable(), () -> statements(loop.body()));
    }
  }

  private void loop(String target, Expr iterable, Runnable body) {
    Object items = defined(eval(iterable));
    if (!(items instanceof List)) {
      throw new CannotRender("a loop over what is not a list");
    }
    List<?> list = (List<?>) items;
    for (int i = 0; i < list.size(); i++) {
      Map<String, Object> scope = new HashMap<>();
      scope.put(target, list.get(i));
      scope.put("loop", new Loop(i, list.size()));
      scopes.push(scope);
      try {
        body.run();
      } finally {
        scopes.pop();
      }
    }
  }

  private Object lookup(String name) {
    for (Map<String, Object> scope : scopes) {
      if (scope.containsKey(name)) {
        return scope.get(name);
      }
    }
    return UNDEFINED;
  }

  private boolean test(Expr test) {
    return Python.truthy(defined(eval(test)));
  }

  private static Object defined(Object value) {
    if (value == UNDEFINED) {
      throw new CannotRender("an undefined value");
    }
    return value;
  }

  Object eval(Expr expr) {
    return Expressions.eval(expr, this);
  }

  /** What {@link Expressions} needs of the interpreter. */
  Object variable(String name) {
    return lookup(name);
  }

  static Object undefined() {
    return UNDEFINED;
  }

  static boolean isUndefined(Object value) {
    return value == UNDEFINED;
  }

  static Object loopAttribute(Object loop, String name) {
    Loop state = (Loop) loop;
    switch (name) {
      case "index":
        return (long) state.index() + 1;
      case "index0":
        return (long) state.index();
      case "first":
        return state.index() == 0;
      case "last":
        return state.index() == state.length() - 1;
      case "length":
        return (long) state.length();
      case "revindex":
        return (long) (state.length() - state.index());
      default:
        return (long) (state.length() - state.index() - 1);
    }
  }

  static boolean isLoop(Object value) {
    return value instanceof Loop;
  }

  static Object namespace() {
    return new Namespace();
  }

}
