package dev.widgetry.processor.template.check;

import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.template.shape.Entry;
import dev.widgetry.processor.template.shape.Statement;
import dev.widgetry.processor.template.shape.Value;
import dev.widgetry.processor.template.syntax.Expr;
import dev.widgetry.processor.template.syntax.ExprNames;
import dev.widgetry.processor.template.syntax.ExprPrinter;
import dev.widgetry.processor.template.types.Ty;
import dev.widgetry.processor.template.types.Tys;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One walk over a template in render order: statements update the environment, tests narrow it,
 * and every value is checked against the catalog prop it lands in. Loops are walked until what
 * they change in namespaces settles, quietly, and then once more to report.
 */
final class Pass {
  private record CaptureSite(Statement.Capture capture, Env env) {}

  /** The set variables of one scope: the template, or one loop's body. */
  private static final class Scope {
    final Object key;
    final Map<String, Decl> locals = new HashMap<>();
    /** The statement that first set each name: another statement setting it makes two assignments. */
    final Map<String, Object> firstAssignment = new HashMap<>();
    int ifDepth;

    Scope(Object key) {
      this.key = key;
    }
  }

  private final Sink sink;
  private final Attribution attribution;
  private final ExprChecker exprs;
  private final Slots slots;
  private final Values values;
  private final Map<Object, Scope> scopes = new IdentityHashMap<>();
  /** Each captured block, by name, with the environment it was set in. */
  private final Map<String, CaptureSite> captures = new HashMap<>();
  private Scope scope;

  Pass(Sink sink, Attribution attribution, ExprChecker exprs, Slots slots, ActionChecks actions) {
    this.sink = sink;
    this.attribution = attribution;
    this.exprs = exprs;
    this.slots = slots;
    this.values = new Values(this, sink, attribution, exprs, slots, actions);
  }

  /**
   * The problems {@code value} would have against {@code slot}, with {@code models} for the types it
   * names, found without touching this pass: for a payload checked against its handler's type.
   */
  List<dev.widgetry.processor.template.file.Problem> probe(Value value, Slots.Slot slot, Env env,
      java.util.function.Function<dev.widgetry.processor.model.JavaName, dev.widgetry.processor.model.WidgetModel> models) {
    Sink probeSink = sink.collecting();
    Attribution scratch = new Attribution();
    Facts facts = slots.facts().copy();
    Pass probe = new Pass(probeSink, scratch, new ExprChecker(probeSink, scratch, facts),
        slots.with(probeSink, scratch, facts, models), ActionChecks.NONE);
    probe.scope = probe.scopeOf(value);
    probe.values.value(value, slot, env);
    return probeSink.problems();
  }

  void run(Object rootScope, Value root, Slots.Slot slot, Env env) {
    scope = scopeOf(rootScope);
    values.value(root, slot, env);
  }

  private Scope scopeOf(Object key) {
    return scopes.computeIfAbsent(key, Scope::new);
  }

  Env statements(List<Statement> statements, Env env) {
    for (Statement statement : statements) {
      env = statement(statement, env);
    }
    return env;
  }

  Env statement(Statement statement, Env env) {
    if (statement instanceof Statement.Assign) {
      return assign((Statement.Assign) statement, env);
    }
    if (statement instanceof Statement.AssignAttribute) {
      return assignAttribute((Statement.AssignAttribute) statement, env);
    }
    if (statement instanceof Statement.Capture) {
      captures.put(((Statement.Capture) statement).name(), new CaptureSite((Statement.Capture) statement, env));
      return env;
    }
    if (statement instanceof Statement.CondStatements) {
      Statement.CondStatements branch = (Statement.CondStatements) statement;
      return branch(branch.test(), env, inner -> statements(branch.then(), inner),
          inner -> statements(branch.otherwise(), inner));
    }
    Statement.LoopStatements loop = (Statement.LoopStatements) statement;
    return loop(loop, loop.target(), loop.iterable(), env, inner -> statements(loop.body(), inner));
  }

  /** Checks two branches under what the test tells each, and joins what they leave. */
  Env branch(Expr test, Env env, java.util.function.UnaryOperator<Env> then,
      java.util.function.UnaryOperator<Env> otherwise) {
    exprs.truth(test, env);
    scope.ifDepth++;
    try {
      Env a = then.apply(exprs.narrow(test, true, env));
      Env b = otherwise.apply(exprs.narrow(test, false, env));
      return Env.join(a, b);
    } finally {
      scope.ifDepth--;
    }
  }

  private Env assign(Statement.Assign assign, Env env) {
    Ty type = exprs.type(assign.value(), env);
    Decl decl = local(assign.name(), assign, env);
    attribution.declare(assign, decl);
    attribution.assign(decl, type);
    Env after = env.bind(assign.name(), decl, type);
    if (type instanceof Ty.Namespace) {
      Expr.Call creation = ((Ty.Namespace) type).creation();
      for (Expr.Keyword keyword : creation.keywords()) {
        Decl field = attribution.namespace(creation).get(keyword.name());
        Ty value = attribution.typeOf(keyword.value());
        attribution.assign(field, value);
        after = after.setField(field, assign.name() + "." + keyword.name(), value);
      }
    }
    return after;
  }

  /** The set variable of this scope, noting when its Java variable must be declared at the scope's start. */
  private Decl local(String name, Object statement, Env env) {
    Decl decl = scope.locals.computeIfAbsent(name, key -> new Decl(Decl.Kind.LOCAL, key, scope.key));
    attribution.addLocal(scope.key, decl);
    Env.Binding outer = env.lookup(name);
    Object first = scope.firstAssignment.putIfAbsent(name, statement);
    if (outer != null && outer.decl() != decl && (first == null || first == statement)) {
      attribution.shadow(decl, outer.decl());
      attribution.assign(decl, outer.type());
      attribution.hoist(decl);
    }
    if ((first != null && first != statement) || scope.ifDepth > 0) {
      attribution.hoist(decl);
    }
    return decl;
  }

  private Env assignAttribute(Statement.AssignAttribute assign, Env env) {
    Env.Binding namespace = env.lookup(assign.name());
    Ty type = exprs.type(assign.value(), env);
    if (namespace == null || !(namespace.type() instanceof Ty.Namespace)) {
      sink.error(Message.TEMPLATE_WRONG_KIND, assign.pos(), assign.name(),
          namespace == null ? "not defined" : Tys.describe(namespace.type()),
          "{% set " + assign.name() + "." + assign.attribute() + " = ... %} sets an attribute only on a namespace(...)");
      return env;
    }
    Expr.Call creation = ((Ty.Namespace) namespace.type()).creation();
    Decl field = attribution.namespace(creation).computeIfAbsent(assign.attribute(),
        attribute -> new Decl(Decl.Kind.NAMESPACE_FIELD, attribute, creation));
    attribution.declare(assign, field);
    attribution.assign(field, type);
    return env.setField(field, assign.name() + "." + assign.attribute(), type);
  }

  /** A loop over {@code iterable}: its body checked as it runs with each element, until namespaces settle. */
  Env loop(Object node, String target, Expr iterable, Env env, java.util.function.UnaryOperator<Env> body) {
    Ty element = elementOf(exprs.use(iterable, env, "looping over it"), iterable);
    Decl variable = new Decl(Decl.Kind.LOOP_VARIABLE, target, node);
    Decl state = new Decl(Decl.Kind.LOOP_STATE, "loop", node);
    attribution.declare(node, variable);
    attribution.assign(variable, element);
    Env start = env.bind(target, variable, element).bind("loop", state, new Ty.Loop());
    Scope outer = scope;
    scope = scopeOf(node);
    try {
      Env entry = start;
      boolean quiet = sink.quiet(true);
      try {
        for (int i = 0; i < 4; i++) {
          Env next = start.withFieldsOf(body.apply(entry));
          if (next.sameFields(entry)) {
            break;
          }
          entry = next;
        }
      } finally {
        sink.quiet(quiet);
      }
      return env.withFieldsOf(body.apply(entry));
    } finally {
      scope = outer;
    }
  }

  private Ty elementOf(Ty iterable, Expr at) {
    if (Tys.isPoison(iterable)) {
      return Tys.POISON;
    }
    List<Ty> elements = new java.util.ArrayList<>();
    for (Ty member : Tys.members(iterable)) {
      if (member instanceof Ty.Lst) {
        Ty element = ((Ty.Lst) member).element();
        elements.add(element == null ? Tys.POISON : element);
      } else {
        String why = member instanceof Ty.Str ? "a loop over a string goes over its characters; loop over a list"
            : member instanceof Ty.None ? "a loop over none fails the render"
            : "a loop over an object goes over its keys; loop over a list";
        sink.error(Message.TEMPLATE_WRONG_KIND, at.pos(), ExprPrinter.print(at), Tys.describe(member), why);
        return Tys.POISON;
      }
    }
    return Tys.union(elements);
  }

  /**
   * Checks that a captured block is written where the names it reads still mean what they meant
   * when it was captured: its text is rendered where it is set, the compiled code builds it where
   * it is written.
   */
  void checkCapture(Entry.Splice splice, Env env) {
    CaptureSite site = captures.get(splice.block());
    if (site == null) {
      return;
    }
    for (String name : ExprNames.read(site.capture().body())) {
      Env.Binding before = site.env().lookup(name);
      Env.Binding now = env.lookup(name);
      if (before != null && (now == null || before.version() != now.version())) {
        sink.error(Message.TEMPLATE_UNSUPPORTED, splice.pos(), "writing the block " + splice.block() + " after "
            + name + ", which it reads, changed");
        return;
      }
    }
  }
}
