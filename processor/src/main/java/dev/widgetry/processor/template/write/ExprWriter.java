package dev.widgetry.processor.template.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.template.check.Conversion;
import dev.widgetry.processor.template.check.Decl;
import dev.widgetry.processor.template.data.DataType;
import dev.widgetry.processor.template.syntax.Expr;
import dev.widgetry.processor.template.types.Ty;
import dev.widgetry.processor.template.types.Tys;
import dev.widgetry.processor.write.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes Jinja expressions as Java: data reads, Python's operators and truthiness, the filters and
 * tests, and the dicts and lists the template builds. Expressions have no effects but {@code
 * append}, so a subexpression may be written twice rather than stored, which keeps {@code and},
 * {@code or} and {@code if} short-circuiting.
 */
final class ExprWriter {
  private final Context context;

  ExprWriter(Context context) {
    this.context = context;
  }

  private Ty typeOf(Expr expr) {
    return context.attribution.typeOf(expr);
  }

  JavaValue write(Expr expr) {
    if (expr instanceof Expr.Literal) {
      return literal(((Expr.Literal) expr).value());
    }
    if (expr instanceof Expr.Name) {
      return name((Expr.Name) expr);
    }
    if (expr instanceof Expr.Attr) {
      return attribute(((Expr.Attr) expr).target(), ((Expr.Attr) expr).name(), expr);
    }
    if (expr instanceof Expr.Item) {
      return item((Expr.Item) expr);
    }
    if (expr instanceof Expr.Slice) {
      Expr.Slice slice = (Expr.Slice) expr;
      JavaValue target = write(slice.target());
      return new JavaValue(CodeBlock.of("$T.slice($L, $L, $L)", Runtime.JINJA, target.code(), bound(slice.start()),
          bound(slice.stop())), target.type());
    }
    if (expr instanceof Expr.DictLiteral) {
      return dict((Expr.DictLiteral) expr);
    }
    if (expr instanceof Expr.ListLiteral) {
      return list((Expr.ListLiteral) expr);
    }
    if (expr instanceof Expr.Call) {
      return call((Expr.Call) expr);
    }
    if (expr instanceof Expr.Filter) {
      return filter((Expr.Filter) expr);
    }
    if (expr instanceof Expr.Test) {
      return JavaValue.of(TypeName.BOOLEAN, "$L", test((Expr.Test) expr));
    }
    if (expr instanceof Expr.Not) {
      return JavaValue.of(TypeName.BOOLEAN, "!$L", parenthesized(truthy(((Expr.Not) expr).operand())));
    }
    if (expr instanceof Expr.Negative) {
      JavaValue operand = write(((Expr.Negative) expr).operand());
      TypeName type = JavaTypes.unboxed(context.types.of(typeOf(expr)));
      return JavaValue.of(type, "-$L", operand.as(type));
    }
    if (expr instanceof Expr.Binary) {
      return binary((Expr.Binary) expr);
    }
    Expr.Conditional conditional = (Expr.Conditional) expr;
    TypeName type = context.types.of(typeOf(expr));
    return JavaValue.of(type, "($L ? $L : $L)", truthy(conditional.test()), write(conditional.then()).as(type),
        write(conditional.otherwise()).as(type));
  }

  private static JavaValue literal(Object value) {
    if (value == null) {
      return JavaValue.of(JavaTypes.OBJECT, "null");
    }
    if (value instanceof String) {
      return JavaValue.string((String) value);
    }
    if (value instanceof Long) {
      return new JavaValue(CodeBlock.of("$LL", value), TypeName.LONG, value);
    }
    if (value instanceof Double) {
      return new JavaValue(CodeBlock.of("$L", Double.toString((Double) value)), TypeName.DOUBLE, value);
    }
    return new JavaValue(CodeBlock.of("$L", value), TypeName.BOOLEAN, value);
  }

  private JavaValue name(Expr.Name name) {
    Decl decl = context.attribution.declOf(name);
    return variable(decl);
  }

  /** The current value of a declaration: a data read, or its Java variable. */
  JavaValue variable(Decl decl) {
    if (decl.kind() == Decl.Kind.DATA) {
      DataType.DataProperty property = (DataType.DataProperty) decl.origin();
      Property component = context.binding.property(context.data, property.name());
      return DataReads.read(context, CodeBlock.of("data.$N()", component.javaName()), component.type().type());
    }
    String variable = context.variables.get(decl);
    if (variable == null) {
      throw new IllegalStateException("no variable for " + decl);
    }
    return JavaValue.of(context.types.of(context.attribution.declaredType(decl)), "$N", variable);
  }

  private JavaValue attribute(Expr target, String name, Expr expr) {
    Ty targetType = typeOf(target);
    Ty present = Tys.present(targetType);
    if (present instanceof Ty.Namespace) {
      Decl field = context.attribution.namespaceFields(((Ty.Namespace) present).creation()).get(name);
      return variable(field);
    }
    if (present instanceof Ty.Loop) {
      return loopAttribute(target, name);
    }
    JavaValue object = write(target);
    boolean nullable = !present.equals(targetType) || Tys.has(targetType, Ty.None.class);
    JavaValue value;
    if (present instanceof Ty.Obj) {
      DataType.ObjectType schema = ((Ty.Obj) present).schema();
      Property component = context.binding.property(schema, name);
      value = DataReads.read(context, CodeBlock.of("$L.$N()", object.code(), component.javaName()), component.type().type());
    } else if (present instanceof Ty.MapOf) {
      TypeName valueType = ((ParameterizedTypeName) object.type()).typeArguments().get(1);
      value = JavaValue.of(valueType, "$L.get($S)", object.code(), name);
    } else {
      value = JavaValue.of(JavaTypes.JSON_NODE, "$L.get($S)", object.code(), name);
    }
    if (!nullable) {
      return value;
    }
    TypeName boxed = value.type().box();
    return JavaValue.of(boxed, "($L == null ? null : $L)", object.code(), value.as(boxed));
  }

  private JavaValue loopAttribute(Expr target, String name) {
    Decl state = context.attribution.declOf((Expr.Name) target);
    Context.LoopVariables loop = context.loops.get(state.origin());
    switch (name) {
      case "index":
        return JavaValue.of(TypeName.LONG, "($N + 1L)", loop.index());
      case "index0":
        return JavaValue.of(TypeName.LONG, "(long) $N", loop.index());
      case "first":
        return JavaValue.of(TypeName.BOOLEAN, "($N == 0)", loop.index());
      case "last":
        return JavaValue.of(TypeName.BOOLEAN, "($N == $N.size() - 1)", loop.index(), loop.list());
      case "length":
        return JavaValue.of(TypeName.LONG, "(long) $N.size()", loop.list());
      case "revindex":
        return JavaValue.of(TypeName.LONG, "(long) ($N.size() - $N)", loop.list(), loop.index());
      default:
        return JavaValue.of(TypeName.LONG, "(long) ($N.size() - $N - 1)", loop.list(), loop.index());
    }
  }

  private JavaValue item(Expr.Item item) {
    Expr index = item.index();
    if (index instanceof Expr.Literal && ((Expr.Literal) index).value() instanceof String) {
      return attribute(item.target(), (String) ((Expr.Literal) index).value(), item);
    }
    JavaValue target = write(item.target());
    JavaValue position = write(index);
    if (target.type().equals(JavaTypes.STRING)) {
      return JavaValue.of(JavaTypes.STRING, "$T.item($L, $L)", Runtime.JINJA, target.code(), position.as(TypeName.LONG));
    }
    TypeName element = target.type() instanceof ParameterizedTypeName
        ? ((ParameterizedTypeName) target.type()).typeArguments().get(0) : JavaTypes.OBJECT;
    Ty type = typeOf(item);
    if (Tys.undefinedPart(type) == null && index instanceof Expr.Literal && (Long) ((Expr.Literal) index).value() >= 0) {
      return JavaValue.of(element, "$L.get($L)", target.code(), ((Expr.Literal) index).value());
    }
    return JavaValue.of(element, "$T.item($L, $L)", Runtime.JINJA, target.code(), position.as(TypeName.LONG));
  }

  private CodeBlock bound(Expr bound) {
    return bound == null ? CodeBlock.of("null") : write(bound).as(TypeName.LONG.box());
  }

  /** A dict literal, built as what it becomes where the template writes it. */
  private JavaValue dict(Expr.DictLiteral dict) {
    Conversion conversion = context.attribution.conversionOf(dict);
    if (conversion instanceof Conversion.Build) {
      WidgetModel.RecordWidget record = ((Conversion.Build) conversion).target();
      List<RecordBuild.Prop> props = new ArrayList<>();
      for (Expr.Entry entry : dict.entries()) {
        String key = (String) ((Expr.Literal) entry.key()).value();
        Property property = record.property(key);
        if (property == null) {
          continue;
        }
        Conversion entryConversion = context.attribution.conversionOf(entry.value());
        JavaValue value = Conversions.apply(context, entryConversion, write(entry.value()), typeOf(entry.value()),
            JavaTypes.ofProp(property.type().type()));
        props.add(new RecordBuild.Prop(property, value, Conversions.mayBeNull(entryConversion)));
      }
      return new JavaValue(RecordBuild.expression(context, record, props), TypeNames.of(record.name()));
    }
    if (conversion instanceof Conversion.Json) {
      String node = context.names.fresh("payload");
      context.code.addStatement("$T $N = $T.object()", Runtime.OBJECT_NODE, node, Runtime.TEMPLATE_JSON);
      for (Expr.Entry entry : dict.entries()) {
        JavaValue value = write(entry.value());
        context.code.addStatement("$T.put($N, $S, $L)", Runtime.TEMPLATE_JSON, node, ((Expr.Literal) entry.key()).value(),
            Conversions.json(context, value, typeOf(entry.value())));
      }
      return JavaValue.of(Runtime.OBJECT_NODE, "$N", node);
    }
    if (conversion instanceof Conversion.BuildMap) {
      TypeName type = JavaTypes.ofConversion(conversion);
      String map = context.names.fresh("map");
      context.code.addStatement("$T $N = new $T<>()", type, map, java.util.LinkedHashMap.class);
      for (Expr.Entry entry : dict.entries()) {
        JavaValue value = Conversions.apply(context, context.attribution.conversionOf(entry.value()), write(entry.value()),
            typeOf(entry.value()), JavaTypes.OBJECT);
        context.code.addStatement("$N.put($S, $L)", map, ((Expr.Literal) entry.key()).value(), value.as(JavaTypes.OBJECT));
      }
      return JavaValue.of(type, "$N", map);
    }
    throw new IllegalStateException("a dict written nowhere: the checker refuses it");
  }

  /** A list literal: a new list the template may append to, holding what its elements become. */
  private JavaValue list(Expr.ListLiteral list) {
    Ty.Lst type = (Ty.Lst) typeOf(list);
    TypeName element = context.types.elementOf(type).box();
    TypeName listType = ParameterizedTypeName.get(JavaTypes.LIST, element);
    if (list.items().isEmpty()) {
      return JavaValue.of(listType, "new $T<>()", java.util.ArrayList.class);
    }
    String name = context.names.fresh("list");
    context.code.addStatement("$T $N = new $T<>()", listType, name, java.util.ArrayList.class);
    Conversion conversion = context.attribution.conversionOf(list);
    for (Expr item : list.items()) {
      add(name, item, conversion instanceof Conversion.ListOf ? ((Conversion.ListOf) conversion).element() : null, element);
    }
    return JavaValue.of(listType, "$N", name);
  }

  /** Adds an element to a list the template built, converted as the list's elements are; none is dropped. */
  private void add(String list, Expr item, Conversion conversion, TypeName element) {
    JavaValue value = write(item);
    if (conversion != null) {
      value = Conversions.apply(context, conversion, value, typeOf(item), element);
    }
    if (value.primitive() || (conversion != null && !Conversions.mayBeNull(conversion))) {
      context.code.addStatement("$N.add($L)", list, value.as(element));
      return;
    }
    String temp = context.local("element", new JavaValue(value.as(element), element));
    context.code.beginControlFlow("if ($N != null)", temp);
    context.code.addStatement("$N.add($N)", list, temp);
    context.code.endControlFlow();
  }

  private JavaValue call(Expr.Call call) {
    if (call.callee() instanceof Expr.Attr && ((Expr.Attr) call.callee()).name().equals("append")) {
      Expr target = ((Expr.Attr) call.callee()).target();
      JavaValue list = write(target);
      TypeName element = list.type() instanceof ParameterizedTypeName
          ? ((ParameterizedTypeName) list.type()).typeArguments().get(0) : JavaTypes.OBJECT;
      String name = list.simple() ? list.code().toString() : context.local("list", list);
      add(name, call.args().get(0), context.attribution.conversionOf(call.args().get(0)), element);
    }
    return JavaValue.of(JavaTypes.OBJECT, "null");
  }

  private JavaValue filter(Expr.Filter filter) {
    Ty type = typeOf(filter);
    switch (filter.name()) {
      case "default":
      case "d":
        return defaultFilter(filter, type);
      case "length":
      case "count":
        JavaValue target = write(filter.target());
        if (target.type().equals(JavaTypes.STRING)) {
          return JavaValue.of(TypeName.LONG, "$T.length($L)", Runtime.JINJA, target.code());
        }
        return JavaValue.of(TypeName.LONG, "(long) $L.size()", target.code());
      default:
        JavaValue value = write(filter.target());
        if (JavaTypes.unboxed(value.type()).equals(TypeName.LONG)) {
          return new JavaValue(value.as(TypeName.LONG), TypeName.LONG);
        }
        if (JavaTypes.unboxed(value.type()).equals(TypeName.DOUBLE)) {
          return JavaValue.of(TypeName.LONG, "$T.toInt($L)", Runtime.JINJA, value.as(TypeName.DOUBLE));
        }
        return JavaValue.of(TypeName.LONG, "$T.toInt($L)", Runtime.JINJA, value.as(JavaTypes.OBJECT));
    }
  }

  private JavaValue defaultFilter(Expr.Filter filter, Ty type) {
    Ty targetType = typeOf(filter.target());
    TypeName result = context.types.of(type);
    boolean onFalsy = filter.args().size() == 2 && Boolean.TRUE.equals(((Expr.Literal) filter.args().get(1)).value());
    JavaValue target = write(filter.target());
    if (Tys.undefinedPart(targetType) == null && !onFalsy) {
      return new JavaValue(target.as(result), result, target.constant());
    }
    JavaValue fallback = write(filter.args().get(0));
    CodeBlock test = onFalsy ? truthy(filter.target()) : CodeBlock.of("$L != null", target.code());
    return JavaValue.of(result, "($L ? $L : $L)", test, target.as(result), fallback.as(result));
  }

  CodeBlock test(Expr.Test test) {
    Ty type = typeOf(test.target());
    boolean undefined = Tys.undefinedPart(type) != null;
    boolean none = Tys.has(type, Ty.None.class);
    CodeBlock result;
    switch (test.name()) {
      case "defined":
      case "undefined":
        boolean wantDefined = test.name().equals("defined") != test.negated();
        if (!undefined) {
          return CodeBlock.of("$L", wantDefined);
        }
        if (Tys.defined(type) == null) {
          return CodeBlock.of("$L", !wantDefined);
        }
        result = CodeBlock.of("$L $L null", write(test.target()).code(), wantDefined ? "!=" : "==");
        return result;
      default:
        if (!none || undefined) {
          // A Java null holds an undefined value here (a field left out), never none.
          return CodeBlock.of("$L", test.negated());
        }
        return CodeBlock.of("$L $L null", write(test.target()).code(), test.negated() ? "!=" : "==");
    }
  }

  private JavaValue binary(Expr.Binary binary) {
    TypeName type = context.types.of(typeOf(binary));
    switch (binary.op()) {
      case "and":
      case "or":
        JavaValue left = write(binary.left());
        JavaValue right = write(binary.right());
        if (left.type().equals(TypeName.BOOLEAN) && right.type().equals(TypeName.BOOLEAN)) {
          return JavaValue.of(TypeName.BOOLEAN, "($L $L $L)", left.code(), binary.op().equals("and") ? "&&" : "||",
              right.code());
        }
        CodeBlock test = truthy(binary.left());
        return binary.op().equals("and")
            ? JavaValue.of(type, "($L ? $L : $L)", test, right.as(type), left.as(type))
            : JavaValue.of(type, "($L ? $L : $L)", test, left.as(type), right.as(type));
      case "==":
      case "!=":
        CodeBlock equal = equality(write(binary.left()), write(binary.right()));
        return JavaValue.of(TypeName.BOOLEAN, binary.op().equals("==") ? "$L" : "!$L", equal);
      case "<":
      case ">":
      case "<=":
      case ">=":
        return ordering(binary);
      case "in":
      case "not in":
        return JavaValue.of(TypeName.BOOLEAN, binary.op().equals("in") ? "$T.contains($L, $L)" : "!$T.contains($L, $L)",
            Runtime.JINJA, write(binary.right()).as(JavaTypes.OBJECT), write(binary.left()).as(JavaTypes.OBJECT));
      case "~":
        return concatenation(binary);
      default:
        return arithmetic(binary, type);
    }
  }

  /** {@code left ~ right}: a long stays a number beside a String, which makes the + concatenate. */
  private JavaValue concatenation(Expr.Binary binary) {
    JavaValue left = write(binary.left());
    JavaValue right = write(binary.right());
    return JavaValue.of(JavaTypes.STRING, "($L + $L)", text(left, binary.left(), !right.type().equals(TypeName.LONG)),
        text(right, binary.right(), true));
  }

  private CodeBlock equality(JavaValue left, JavaValue right) {
    if (left.primitive() && right.primitive() && left.type().equals(right.type())) {
      return CodeBlock.of("($L == $L)", left.code(), right.code());
    }
    if (left.type().equals(JavaTypes.STRING) && right.type().equals(JavaTypes.STRING)) {
      return CodeBlock.of("$T.equals($L, $L)", Objects.class, left.code(), right.code());
    }
    return CodeBlock.of("$T.equal($L, $L)", Runtime.JINJA, left.as(JavaTypes.OBJECT), right.as(JavaTypes.OBJECT));
  }

  private JavaValue ordering(Expr.Binary binary) {
    JavaValue left = write(binary.left());
    JavaValue right = write(binary.right());
    if (left.type().equals(JavaTypes.STRING)) {
      return JavaValue.of(TypeName.BOOLEAN, "($T.compare($L, $L) $L 0)", Runtime.JINJA, left.code(),
          right.as(JavaTypes.STRING), binary.op());
    }
    TypeName number = numberType(left, right);
    return JavaValue.of(TypeName.BOOLEAN, "($L $L $L)", left.as(number), binary.op(), right.as(number));
  }

  private static TypeName numberType(JavaValue left, JavaValue right) {
    boolean integers = JavaTypes.unboxed(left.type()).equals(TypeName.LONG)
        && JavaTypes.unboxed(right.type()).equals(TypeName.LONG);
    return integers ? TypeName.LONG : TypeName.DOUBLE;
  }

  private JavaValue arithmetic(Expr.Binary binary, TypeName type) {
    JavaValue left = write(binary.left());
    JavaValue right = write(binary.right());
    if (type.equals(JavaTypes.STRING)) {
      return JavaValue.of(JavaTypes.STRING, "($L + $L)", left.as(JavaTypes.STRING), right.as(JavaTypes.STRING));
    }
    TypeName number = JavaTypes.unboxed(type).equals(TypeName.LONG) ? TypeName.LONG : TypeName.DOUBLE;
    CodeBlock a = left.as(number);
    CodeBlock b = right.as(number);
    boolean integers = number.equals(TypeName.LONG);
    switch (binary.op()) {
      case "+":
        return integers ? JavaValue.of(number, "$T.addExact($L, $L)", Math.class, a, b) : JavaValue.of(number, "($L + $L)", a, b);
      case "-":
        return integers ? JavaValue.of(number, "$T.subtractExact($L, $L)", Math.class, a, b)
            : JavaValue.of(number, "($L - $L)", a, b);
      case "*":
        return integers ? JavaValue.of(number, "$T.multiplyExact($L, $L)", Math.class, a, b)
            : JavaValue.of(number, "($L * $L)", a, b);
      case "/":
        return JavaValue.of(TypeName.DOUBLE, "$T.divide($L, $L)", Runtime.JINJA, left.as(TypeName.DOUBLE),
            right.as(TypeName.DOUBLE));
      case "//":
        return JavaValue.of(number, "$T.floorDivide($L, $L)", Runtime.JINJA, a, b);
      default:
        return JavaValue.of(number, "$T.modulo($L, $L)", Runtime.JINJA, a, b);
    }
  }

  /** Python's truthiness of an expression, as a Java boolean. */
  CodeBlock truthy(Expr expr) {
    if (expr instanceof Expr.Binary && (((Expr.Binary) expr).op().equals("and") || ((Expr.Binary) expr).op().equals("or"))) {
      Expr.Binary binary = (Expr.Binary) expr;
      return CodeBlock.of("($L $L $L)", truthy(binary.left()), binary.op().equals("and") ? "&&" : "||",
          truthy(binary.right()));
    }
    if (expr instanceof Expr.Not) {
      return CodeBlock.of("!$L", parenthesized(truthy(((Expr.Not) expr).operand())));
    }
    Ty type = typeOf(expr);
    JavaValue value = write(expr);
    TypeName java = value.type();
    if (java.equals(TypeName.BOOLEAN)) {
      return value.code();
    }
    if (java.equals(TypeName.BOOLEAN.box())) {
      return CodeBlock.of("$T.TRUE.equals($L)", Boolean.class, value.code());
    }
    if (java.equals(TypeName.LONG) || java.equals(TypeName.DOUBLE)) {
      return CodeBlock.of("$L != 0", value.code());
    }
    boolean nullable = !Objects.equals(Tys.present(type), type);
    if (!value.simple() && nullable) {
      return CodeBlock.of("$T.truthy($L)", Runtime.JINJA, value.as(JavaTypes.OBJECT));
    }
    String guard = nullable ? value.code() + " != null && " : "";
    if (java.equals(JavaTypes.STRING)) {
      return CodeBlock.of("($L!$L.isEmpty())", guard, value.code());
    }
    if (java instanceof ParameterizedTypeName) {
      return CodeBlock.of("($L!$L.isEmpty())", guard, value.code());
    }
    Ty present = Tys.present(type);
    if (present instanceof Ty.Obj) {
      boolean required = ((Ty.Obj) present).schema().properties().stream().anyMatch(DataType.DataProperty::required);
      return required ? CodeBlock.of("$L != null", value.code())
          : CodeBlock.of("$N($L)", context.helpers.present(context.binding.recordName(((Ty.Obj) present).schema())),
              value.code());
    }
    return CodeBlock.of("$T.truthy($L)", Runtime.JINJA, value.as(JavaTypes.OBJECT));
  }

  /**
   * Python's {@code str()} of an expression, as an operand of a Java string concatenation. A long is
   * left as it is when {@code longAsIs}, where the operand next to it is a String: Java's string
   * conversion writes the digits {@code Long.toString} would, straight into the concatenation, without
   * a String of their own.
   */
  CodeBlock text(Expr expr, boolean longAsIs) {
    return text(write(expr), expr, longAsIs);
  }

  private CodeBlock text(JavaValue value, Expr expr, boolean longAsIs) {
    Ty type = typeOf(expr);
    boolean nullable = !Objects.equals(Tys.present(type), type);
    if (value.type().equals(JavaTypes.STRING) && !nullable) {
      return value.code();
    }
    if (value.type().equals(TypeName.LONG)) {
      return longAsIs ? value.operand() : CodeBlock.of("$T.toString($L)", Long.class, value.code());
    }
    if (value.primitive()) {
      return CodeBlock.of("$T.of($L)", Runtime.PYTHON_TEXT, value.code());
    }
    return CodeBlock.of("$T.of($L)", Runtime.PYTHON_TEXT, value.as(JavaTypes.OBJECT));
  }

  private static CodeBlock parenthesized(CodeBlock code) {
    String text = code.toString();
    return text.matches("[\\w.$]+(\\(.*\\))?") || text.startsWith("(") && text.endsWith(")") ? code : CodeBlock.of("($L)", code);
  }
}
