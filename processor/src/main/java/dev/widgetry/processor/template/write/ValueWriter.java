package dev.widgetry.processor.template.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.template.check.Conversion;
import dev.widgetry.processor.template.shape.Entry;
import dev.widgetry.processor.template.shape.StringPart;
import dev.widgetry.processor.template.shape.Value;
import dev.widgetry.processor.write.TypeNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the values a template spells out as the Java values of the props they land in: objects
 * through the catalog's builders (or constructors), arrays as lists, payload objects as Jackson
 * trees, and branches and loops as Java's own {@code if} and {@code for}.
 */
final class ValueWriter {
  private final Context context;
  private final ExprWriter exprs;
  private final StatementWriter statements;

  ValueWriter(Context context, ExprWriter exprs, StatementWriter statements) {
    this.context = context;
    this.exprs = exprs;
    this.statements = statements;
  }

  /** The value as {@code target} (boxed), or null where the prop is left out. */
  JavaValue write(Value value, TypeName target) {
    return write(value, target, "value");
  }

  /** @param hint a name for the variables that hold the value: its prop's name */
  JavaValue write(Value value, TypeName target, String hint) {
    if (value instanceof Value.WithStatements) {
      Value.WithStatements with = (Value.WithStatements) value;
      statements.statements(with.before());
      JavaValue result = write(with.value(), target, hint);
      if (with.after().isEmpty()) {
        return result;
      }
      JavaValue kept = result.simple() ? result : JavaValue.of(result.type(), "$N", context.local(hint, result));
      statements.statements(with.after());
      return kept;
    }
    if (value instanceof Value.CondValue) {
      Value.CondValue cond = (Value.CondValue) value;
      String result = context.names.fresh(hint);
      context.code.addStatement("$T $N", target, result);
      context.code.beginControlFlow("if ($L)", exprs.truthy(cond.test()));
      context.code.addStatement("$N = $L", result, write(cond.then(), target, hint).as(target));
      context.code.nextControlFlow("else");
      context.code.addStatement("$N = $L", result, write(cond.otherwise(), target, hint).as(target));
      context.code.endControlFlow();
      return JavaValue.of(target, "$N", result);
    }
    Conversion conversion = context.attribution.conversionOf(value);
    if (value instanceof Value.ObjectValue) {
      return object((Value.ObjectValue) value, conversion);
    }
    if (value instanceof Value.ArrayValue) {
      return array((Value.ArrayValue) value, conversion);
    }
    if (value instanceof Value.ExprValue) {
      Value.ExprValue expr = (Value.ExprValue) value;
      return Conversions.apply(context, conversion, exprs.write(expr.expr()),
          context.attribution.typeOf(expr.expr()), target);
    }
    return Conversions.apply(context, conversion, literal(value), null, target);
  }

  private JavaValue literal(Value value) {
    if (value instanceof Value.StringValue) {
      String constant = ((Value.StringValue) value).constant();
      return constant != null ? JavaValue.string(constant)
          : new JavaValue(concat(((Value.StringValue) value).parts()), JavaTypes.STRING);
    }
    if (value instanceof Value.NumberValue) {
      String text = ((Value.NumberValue) value).text();
      BigDecimal number = new BigDecimal(text);
      boolean integral = !text.contains(".") && !text.contains("e") && !text.contains("E");
      return integral ? new JavaValue(CodeBlock.of("$LL", number.longValueExact()), TypeName.LONG, number.longValueExact())
          : new JavaValue(CodeBlock.of("$L", Double.toString(number.doubleValue())), TypeName.DOUBLE, number.doubleValue());
    }
    if (value instanceof Value.BooleanValue) {
      return JavaValue.of(TypeName.BOOLEAN, "$L", ((Value.BooleanValue) value).value());
    }
    return JavaValue.of(JavaTypes.OBJECT, "null");
  }

  private CodeBlock concat(List<StringPart> parts) {
    List<CodeBlock> pieces = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      StringPart part = parts.get(i);
      if (part instanceof StringPart.Chars) {
        pieces.add(CodeBlock.of("$S", ((StringPart.Chars) part).text()));
      } else if (part instanceof StringPart.Insert) {
        // The first + concatenates when its left or right piece is a String: only an insert is not.
        boolean nextToText = i > 0 || i + 1 < parts.size() && !(parts.get(i + 1) instanceof StringPart.Insert);
        pieces.add(exprs.text(((StringPart.Insert) part).expr(), nextToText));
      } else {
        StringPart.CondPart cond = (StringPart.CondPart) part;
        pieces.add(CodeBlock.of("($L ? $L : $L)", exprs.truthy(cond.test()), concat(cond.then()), concat(cond.otherwise())));
      }
    }
    return pieces.isEmpty() ? CodeBlock.of("$S", "") : CodeBlock.join(pieces, " + ");
  }

  private JavaValue object(Value.ObjectValue object, Conversion conversion) {
    if (conversion instanceof Conversion.Json) {
      String node = context.names.fresh("payload");
      context.code.addStatement("$T $N = $T.object()", Runtime.OBJECT_NODE, node, Runtime.TEMPLATE_JSON);
      entries(object.entries(), (member, value) -> context.code.addStatement("$T.put($N, $S, $L)",
          Runtime.TEMPLATE_JSON, node, member.key(), jsonValue(value)), null);
      return JavaValue.of(Runtime.OBJECT_NODE, "$N", node);
    }
    if (conversion instanceof Conversion.BuildMap) {
      TypeName type = JavaTypes.ofConversion(conversion);
      String map = context.names.fresh("map");
      context.code.addStatement("$T $N = new $T<>()", type, map, java.util.LinkedHashMap.class);
      entries(object.entries(), (member, value) -> put(map, member.key(), write(value, JavaTypes.OBJECT)), null);
      return JavaValue.of(type, "$N", map);
    }
    WidgetModel.RecordWidget record = ((Conversion.Build) conversion).target();
    TypeName recordType = TypeNames.of(record.name());
    if (onlyMembers(object.entries()) && (!record.builder() || !anyNullable(object.entries(), record))) {
      List<RecordBuild.Prop> props = new ArrayList<>();
      for (Entry entry : object.entries()) {
        if (entry instanceof Entry.Member) {
          Property property = record.property(((Entry.Member) entry).key());
          if (property != null) {
            Value value = ((Entry.Member) entry).value();
            props.add(new RecordBuild.Prop(property,
                write(value, JavaTypes.ofProp(property.type().type()), property.javaName()), mayBeNull(value)));
          }
        }
      }
      return new JavaValue(RecordBuild.expression(context, record, props), recordType);
    }
    return record.builder() ? builder(object, record) : constructor(object, record);
  }

  /**
   * A member or element of a payload, in the form {@code TemplateJson} takes: a value the template
   * computes is passed as it is (TemplateJson drops it when null), the rest built as trees.
   */
  private CodeBlock jsonValue(Value value) {
    if (value instanceof Value.ExprValue) {
      Value.ExprValue expr = (Value.ExprValue) value;
      return Conversions.json(context, exprs.write(expr.expr()), context.attribution.typeOf(expr.expr()));
    }
    return write(value, JavaTypes.JSON_NODE).code();
  }

  private void put(String map, String key, JavaValue value) {
    if (value.primitive()) {
      context.code.addStatement("$N.put($S, $L)", map, key, value.code());
      return;
    }
    String temp = context.local(key, value);
    context.code.beginControlFlow("if ($N != null)", temp);
    context.code.addStatement("$N.put($S, $N)", map, key, temp);
    context.code.endControlFlow();
  }

  /** A record built on a builder variable, member by member, through the object's branches. */
  private JavaValue builder(Value.ObjectValue object, WidgetModel.RecordWidget record) {
    TypeName builderType = TypeNames.of(record.name().sibling("Builder"));
    String builder = context.names.fresh(record.name().simpleName());
    context.code.addStatement("$T $N = new $T()", builderType, builder, builderType);
    entries(object.entries(), (member, value) -> {
      Property property = record.property(member.key());
      if (property == null) {
        return;
      }
      JavaValue written = write(value, JavaTypes.ofProp(property.type().type()), property.javaName());
      if (!mayBeNull(value)) {
        context.code.addStatement("$N.$N($L)", builder, property.javaName(), written.code());
        return;
      }
      String temp = written.simple() ? written.code().toString()
          : context.local(property.javaName(), new JavaValue(written.as(written.type().box()), written.type().box()));
      context.code.beginControlFlow("if ($N != null)", temp);
      context.code.addStatement("$N.$N($N)", builder, property.javaName(), temp);
      context.code.endControlFlow();
    }, null);
    return JavaValue.of(TypeNames.of(record.name()), "$N.build()", builder);
  }

  /** A record without a builder: one variable per prop, then its constructor. */
  private JavaValue constructor(Value.ObjectValue object, WidgetModel.RecordWidget record) {
    java.util.Map<Property, String> variables = new java.util.LinkedHashMap<>();
    for (Property property : record.properties()) {
      String variable = context.names.fresh(property.javaName());
      variables.put(property, variable);
      context.code.addStatement("$T $N = null", JavaTypes.ofProp(property.type().type()), variable);
    }
    entries(object.entries(), (member, value) -> {
      Property property = record.property(member.key());
      if (property != null) {
        TypeName type = JavaTypes.ofProp(property.type().type());
        context.code.addStatement("$N = $L", variables.get(property), write(value, type, property.javaName()).as(type));
      }
    }, null);
    List<RecordBuild.Prop> props = new ArrayList<>();
    variables.forEach((property, variable) -> props.add(new RecordBuild.Prop(property,
        JavaValue.of(JavaTypes.ofProp(property.type().type()), "$N", variable), true)));
    return new JavaValue(RecordBuild.expression(context, record, props), TypeNames.of(record.name()));
  }

  private interface MemberWriter {
    void write(Entry.Member member, Value value);
  }

  private interface ElementWriter {
    void write(Value value);
  }

  /** Walks entries in render order: members and elements, branches, loops, spliced blocks and statements. */
  private void entries(List<Entry> entries, MemberWriter members, ElementWriter elements) {
    for (Entry entry : entries) {
      if (entry instanceof Entry.Member) {
        members.write((Entry.Member) entry, ((Entry.Member) entry).value());
      } else if (entry instanceof Entry.Element) {
        elements.write(((Entry.Element) entry).value());
      } else if (entry instanceof Entry.CondEntries) {
        Entry.CondEntries cond = (Entry.CondEntries) entry;
        if (cond.then().stream().allMatch(ValueWriter::isText) && cond.otherwise().stream().allMatch(ValueWriter::isText)) {
          continue;
        }
        context.code.beginControlFlow("if ($L)", exprs.truthy(cond.test()));
        entries(cond.then(), members, elements);
        if (!cond.otherwise().stream().allMatch(ValueWriter::isText)) {
          context.code.nextControlFlow("else");
          entries(cond.otherwise(), members, elements);
        }
        context.code.endControlFlow();
      } else if (entry instanceof Entry.LoopEntries) {
        Entry.LoopEntries loop = (Entry.LoopEntries) entry;
        statements.loop(loop, loop.iterable(), () -> entries(loop.body(), members, elements));
      } else if (entry instanceof Entry.Splice) {
        entries(((Entry.Splice) entry).body(), members, elements);
      } else if (entry instanceof Entry.StatementEntry) {
        statements.statement(((Entry.StatementEntry) entry).statement());
      }
    }
  }

  private static boolean isText(Entry entry) {
    return entry instanceof Entry.Comma || entry instanceof Entry.Blank;
  }

  /** Whether a prop the entries set may be left out at run time. */
  private boolean anyNullable(List<Entry> entries, WidgetModel.RecordWidget record) {
    return entries.stream().anyMatch(entry -> entry instanceof Entry.Member
        && record.property(((Entry.Member) entry).key()) != null && mayBeNull(((Entry.Member) entry).value()));
  }

  private static boolean onlyMembers(List<Entry> entries) {
    return entries.stream().allMatch(entry -> entry instanceof Entry.Member || isText(entry));
  }

  private JavaValue array(Value.ArrayValue array, Conversion conversion) {
    if (conversion instanceof Conversion.Json) {
      String node = context.names.fresh("array");
      context.code.addStatement("$T $N = $T.array()", Runtime.ARRAY_NODE, node, Runtime.TEMPLATE_JSON);
      entries(array.entries(), null, value -> context.code.addStatement("$T.add($N, $L)", Runtime.TEMPLATE_JSON, node,
          jsonValue(value)));
      return JavaValue.of(Runtime.ARRAY_NODE, "$N", node);
    }
    JsonType.Sequence sequence = ((Conversion.BuildList) conversion).target();
    TypeName element = TypeNames.of(sequence.element()).box();
    TypeName listType = ParameterizedTypeName.get(JavaTypes.LIST, element);
    if (array.entries().stream().allMatch(entry -> entry instanceof Entry.Element || isText(entry))) {
      List<CodeBlock> items = new ArrayList<>();
      boolean nullable = false;
      for (Entry entry : array.entries()) {
        if (entry instanceof Entry.Element) {
          Value value = ((Entry.Element) entry).value();
          nullable |= mayBeNull(value);
          items.add(write(value, element).as(element));
        }
      }
      if (!nullable) {
        CodeBlock elements = items.size() > 1
            ? CodeBlock.of("$>$>\n$L$<$<", CodeBlock.join(items, ",\n")) : CodeBlock.join(items, ", ");
        return JavaValue.of(listType, "$T.of($L)", List.class, elements);
      }
    }
    String list = context.names.fresh("children");
    context.code.addStatement("$T $N = new $T<>()", listType, list, java.util.ArrayList.class);
    entries(array.entries(), null, value -> {
      JavaValue written = write(value, element);
      if (!mayBeNull(value)) {
        context.code.addStatement("$N.add($L)", list, written.as(element));
        return;
      }
      String temp = context.local("element", new JavaValue(written.as(element), element));
      context.code.beginControlFlow("if ($N != null)", temp);
      context.code.addStatement("$N.add($N)", list, temp);
      context.code.endControlFlow();
    });
    return JavaValue.of(listType, "$N", list);
  }

  /** Whether a value may be none, leaving its prop or element out. */
  private boolean mayBeNull(Value value) {
    if (value instanceof Value.WithStatements) {
      return mayBeNull(((Value.WithStatements) value).value());
    }
    if (value instanceof Value.CondValue) {
      return mayBeNull(((Value.CondValue) value).then()) || mayBeNull(((Value.CondValue) value).otherwise());
    }
    Conversion conversion = context.attribution.conversionOf(value);
    return conversion == null || Conversions.mayBeNull(conversion);
  }
}
