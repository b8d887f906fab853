package dev.widgetry.processor.template.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.widgetry.processor.template.check.Decl;
import dev.widgetry.processor.template.shape.Statement;
import dev.widgetry.processor.template.syntax.Expr;
import dev.widgetry.processor.template.types.Ty;
import dev.widgetry.processor.template.types.Tys;
import java.util.List;

/**
 * Writes the template's statements: {@code set} as an assignment to the scope's Java variable,
 * namespaces as one variable per attribute, {@code if} and {@code for} as Java's own. Variables a
 * scope sets more than once, inside an if, or over an outer name are declared where the scope starts.
 */
final class StatementWriter {
  /** Writes a loop's body once its variables are declared. */
  interface Body {
    void write();
  }

  private final Context context;
  private final ExprWriter exprs;

  StatementWriter(Context context, ExprWriter exprs) {
    this.context = context;
    this.exprs = exprs;
  }

  void statements(List<Statement> statements) {
    for (Statement statement : statements) {
      statement(statement);
    }
  }

  void statement(Statement statement) {
    if (statement instanceof Statement.Assign) {
      assign((Statement.Assign) statement);
    } else if (statement instanceof Statement.AssignAttribute) {
      Statement.AssignAttribute assign = (Statement.AssignAttribute) statement;
      set(context.attribution.declarationOf(assign), exprs.write(assign.value()));
    } else if (statement instanceof Statement.CondStatements) {
      Statement.CondStatements branch = (Statement.CondStatements) statement;
      context.code.beginControlFlow("if ($L)", exprs.truthy(branch.test()));
      statements(branch.then());
      if (!branch.otherwise().isEmpty()) {
        context.code.nextControlFlow("else");
        statements(branch.otherwise());
      }
      context.code.endControlFlow();
    } else if (statement instanceof Statement.LoopStatements) {
      Statement.LoopStatements loop = (Statement.LoopStatements) statement;
      loop(loop, loop.iterable(), () -> statements(loop.body()));
    }
  }

  private void assign(Statement.Assign assign) {
    Decl decl = context.attribution.declarationOf(assign);
    Ty type = context.attribution.typeOf(assign.value());
    if (type instanceof Ty.Namespace) {
      Expr.Call creation = ((Ty.Namespace) type).creation();
      for (Expr.Keyword keyword : creation.keywords()) {
        set(context.attribution.namespaceFields(creation).get(keyword.name()), exprs.write(keyword.value()));
      }
      return;
    }
    JavaValue value = exprs.write(assign.value());
    if (context.attribution.isRead(decl)) {
      set(decl, value);
    }
  }

  /** Assigns a variable, declaring it here when it is not declared at its scope's start. */
  private void set(Decl decl, JavaValue value) {
    TypeName type = context.types.of(context.attribution.declaredType(decl));
    String variable = context.variables.get(decl);
    if (variable == null) {
      variable = context.names.fresh(decl.name());
      context.variables.put(decl, variable);
      context.code.addStatement("$T $N = $L", type, variable, value.as(type));
    } else {
      context.code.addStatement("$N = $L", variable, value.as(type));
    }
  }

  /** Declares the scope's variables that must exist before its first statement. */
  void declareHoisted(Object scope) {
    for (Decl local : context.attribution.locals(scope)) {
      boolean namespace = Tys.has(context.attribution.declaredType(local), Ty.Namespace.class);
      if (context.attribution.isHoisted(local) && (namespace || context.attribution.isRead(local))) {
        Ty declared = context.attribution.declaredType(local);
        if (Tys.has(declared, Ty.Namespace.class)) {
          for (Ty member : Tys.members(declared)) {
            if (member instanceof Ty.Namespace) {
              for (Decl field : context.attribution.namespaceFields(((Ty.Namespace) member).creation()).values()) {
                declare(field, null);
              }
            }
          }
          continue;
        }
        Decl outer = context.attribution.shadowed(local);
        declare(local, outer == null ? null : exprs.variable(outer));
      }
    }
  }

  private void declare(Decl decl, JavaValue initial) {
    if (context.variables.containsKey(decl)) {
      return;
    }
    TypeName type = context.types.of(context.attribution.declaredType(decl));
    String variable = context.names.fresh(decl.name());
    CodeBlock value = initial != null ? initial.as(type)
        : type.isPrimitive() ? CodeBlock.of(type.equals(TypeName.BOOLEAN) ? "false" : "0") : CodeBlock.of("null");
    context.code.addStatement("$T $N = $L", type, variable, value);
    context.variables.put(decl, variable);
  }

  /** A loop over {@code iterable}: an index loop when the body reads {@code loop.*}, a for-each otherwise. */
  void loop(Object node, Expr iterable, Body body) {
    Decl variable = context.attribution.declarationOf(node);
    JavaValue list = exprs.write(iterable);
    TypeName element = list.type() instanceof ParameterizedTypeName
        ? ((ParameterizedTypeName) list.type()).typeArguments().get(0) : JavaTypes.OBJECT;
    String name = context.names.fresh(variable.name());
    context.variables.put(variable, name);
    if (context.attribution.loopAttributes(node).isEmpty()) {
      context.code.beginControlFlow("for ($T $N : $L)", element, name, list.code());
    } else {
      String items = list.simple() ? list.code().toString() : context.local(variable.name() + "List", list);
      String index = context.names.fresh(variable.name() + "Index");
      context.loops.put(node, new Context.LoopVariables(index, items));
      context.code.beginControlFlow("for (int $N = 0; $N < $N.size(); $N++)", index, index, items, index);
      context.code.addStatement("$T $N = $N.get($N)", element, name, items, index);
    }
    declareHoisted(node);
    body.write();
    context.code.endControlFlow();
  }
}
