package dev.widgetry.processor.template.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonKind;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.TypeUse;
import dev.widgetry.processor.template.check.Conversion;
import dev.widgetry.processor.template.types.Ty;
import dev.widgetry.processor.write.TypeNames;
import java.util.List;

/** Spells out a {@link Conversion}: a template value made the Java value of a catalog prop. */
final class Conversions {
  private Conversions() {}

  /**
   * @param source the value's template type, when known: a list the template built already holds
   *     converted elements
   * @param target the prop's Java type, boxed
   */
  static JavaValue apply(Context context, Conversion conversion, JavaValue value, Ty source, TypeName target) {
    if (conversion instanceof Conversion.Text) {
      return new JavaValue(value.as(JavaTypes.STRING), JavaTypes.STRING, value.constant());
    }
    if (conversion instanceof Conversion.Whole) {
      switch (((Conversion.Whole) conversion).target()) {
        case LONG:
          return new JavaValue(value.as(TypeName.LONG), TypeName.LONG);
        case INT:
          if (value.constant() instanceof Long && (Long) value.constant() == ((Long) value.constant()).intValue()) {
            return JavaValue.of(TypeName.INT, "$L", value.constant());
          }
          return JavaValue.of(TypeName.INT, "$T.toIntExact($L)", Runtime.JINJA, value.as(TypeName.LONG));
        default:
          TypeName kind = TypeNames.of(new JsonType.Scalar(((Conversion.Whole) conversion).target(), true));
          return JavaValue.of(kind, "($T) $L", kind, value.as(TypeName.LONG));
      }
    }
    if (conversion instanceof Conversion.Decimal) {
      TypeName kind = TypeNames.of(new JsonType.Scalar(((Conversion.Decimal) conversion).target(), true));
      if (value.constant() instanceof Number && kind.equals(TypeName.DOUBLE)) {
        return JavaValue.of(kind, "$L", Double.toString(((Number) value.constant()).doubleValue()));
      }
      return new JavaValue(value.as(kind), kind);
    }
    if (conversion instanceof Conversion.Flag) {
      return new JavaValue(value.as(TypeName.BOOLEAN), TypeName.BOOLEAN);
    }
    if (conversion instanceof Conversion.EnumConstant) {
      return enumConstant(context, (Conversion.EnumConstant) conversion, value);
    }
    if (conversion instanceof Conversion.Json) {
      if (value.type().equals(Runtime.OBJECT_NODE) || value.type().equals(Runtime.ARRAY_NODE)) {
        return value;
      }
      return JavaValue.of(JavaTypes.JSON_NODE, "$T.tree($L)", Runtime.TEMPLATE_JSON, json(context, value, source));
    }
    if (conversion instanceof Conversion.Wrap) {
      Conversion.Wrap wrap = (Conversion.Wrap) conversion;
      JavaValue inner = apply(context, wrap.inner(), value, source, target);
      TypeName record = TypeNames.of(wrap.record());
      return JavaValue.of(record, "new $T($L)", record, inner.code());
    }
    if (conversion instanceof Conversion.FromData) {
      Conversion.FromData fromData = (Conversion.FromData) conversion;
      return JavaValue.of(TypeNames.of(fromData.target().name()), "$N($L)", context.helpers.fromData(fromData), value.code());
    }
    if (conversion instanceof Conversion.ListOf) {
      return list(context, (Conversion.ListOf) conversion, value, source);
    }
    if (conversion instanceof Conversion.MapOf) {
      TypeName targetValue = target instanceof ParameterizedTypeName
          ? ((ParameterizedTypeName) target).typeArguments().get(1) : JavaTypes.OBJECT;
      TypeName sourceValue = value.type() instanceof ParameterizedTypeName
          ? ((ParameterizedTypeName) value.type()).typeArguments().get(1) : JavaTypes.OBJECT;
      String helper = context.helpers.mapOf((Conversion.MapOf) conversion, value.type(), sourceValue, targetValue);
      return JavaValue.of(target, "$N($L)", helper, value.code());
    }
    if (conversion instanceof Conversion.FieldsToMap) {
      TypeName targetValue = ((ParameterizedTypeName) target).typeArguments().get(1);
      return JavaValue.of(target, "$N($L)", context.helpers.fieldsToMap((Conversion.FieldsToMap) conversion, targetValue),
          value.code());
    }
    if (conversion instanceof Conversion.Nullable) {
      return nullable(context, ((Conversion.Nullable) conversion).inner(), value, source, target);
    }
    if (conversion instanceof Conversion.Absent) {
      return JavaValue.of(target, "null");
    }
    if (conversion instanceof Conversion.ByKind) {
      return byKind(context, (Conversion.ByKind) conversion, value, target);
    }
    // Build, BuildList and BuildMap are values the template spelled out, already built as their prop needs.
    return value;
  }

  /** Whether the converted value may be null, leaving its prop out. */
  static boolean mayBeNull(Conversion conversion) {
    if (conversion instanceof Conversion.Nullable || conversion instanceof Conversion.Absent) {
      return true;
    }
    if (conversion instanceof Conversion.ByKind) {
      return ((Conversion.ByKind) conversion).alternatives().stream()
          .anyMatch(alternative -> alternative.kind() == Conversion.ValueKind.NONE || mayBeNull(alternative.conversion()));
    }
    return false;
  }

  private static JavaValue enumConstant(Context context, Conversion.EnumConstant conversion, JavaValue value) {
    JsonType.EnumType target = conversion.target();
    TypeName enumClass = TypeNames.of(target.name());
    if (value.constant() instanceof String) {
      for (JsonType.EnumConstant constant : target.constants()) {
        if (constant.jsonName().equals(value.constant())) {
          return JavaValue.of(enumClass, "$T.$N", enumClass, constant.javaName());
        }
      }
    }
    return JavaValue.of(enumClass, "$N($L)", context.helpers.enumConstant(conversion), value.as(JavaTypes.STRING));
  }

  /** What {@code TemplateJson} takes for a template value: the value itself, or the tree of a data record. */
  static CodeBlock json(Context context, JavaValue value, Ty source) {
    JavaName record = dataRecord(context, value.type());
    if (record != null) {
      return CodeBlock.of("$L == null ? null : $N($L)", value.code(), context.helpers.json(record), value.code());
    }
    if (value.type() instanceof ParameterizedTypeName) {
      ParameterizedTypeName generic = (ParameterizedTypeName) value.type();
      if (generic.rawType().equals(JavaTypes.LIST) && dataRecord(context, generic.typeArguments().get(0)) != null) {
        JavaName element = dataRecord(context, generic.typeArguments().get(0));
        JsonType sequence = new JsonType.Sequence(JsonType.SequenceKind.LIST,
            TypeUse.of(new JsonType.WidgetRef(element, JsonKind.OBJECT)));
        return context.helpers.jsonOf(context, value, sequence);
      }
    }
    return value.primitive() ? value.as(JavaTypes.OBJECT) : value.code();
  }

  private static JavaName dataRecord(Context context, TypeName type) {
    if (!(type instanceof ClassName)) {
      return null;
    }
    ClassName name = (ClassName) type;
    JavaName javaName = new JavaName(name.packageName(), name.simpleNames());
    return context.binding.recordNamed(javaName) == null ? null : javaName;
  }

  private static JavaValue list(Context context, Conversion.ListOf list, JavaValue value, Ty source) {
    TypeName target = list.target() == null ? ParameterizedTypeName.get(JavaTypes.LIST, JavaTypes.JSON_NODE)
        : TypeNames.of(list.target());
    Ty present = source == null ? null : dev.widgetry.processor.template.types.Tys.present(source);
    boolean built = present instanceof Ty.Lst && ((Ty.Lst) present).literal() != null;
    if (built || list.element() == null && present instanceof Ty.Lst && ((Ty.Lst) present).element() == null) {
      return new JavaValue(value.code(), target);
    }
    if (list.element() instanceof Conversion.Text || list.element() instanceof Conversion.Build) {
      return new JavaValue(value.code(), target);
    }
    TypeName sourceElement = value.type() instanceof ParameterizedTypeName
        ? ((ParameterizedTypeName) value.type()).typeArguments().get(0) : JavaTypes.OBJECT;
    return JavaValue.of(target, "$N($L)", context.helpers.listOf(list, value.type(), sourceElement), value.code());
  }

  private static JavaValue nullable(Context context, Conversion inner, JavaValue value, Ty source, TypeName target) {
    if (value.primitive()) {
      return apply(context, inner, value, source, target);
    }
    JavaValue subject = value.simple() ? value : new JavaValue(
        CodeBlock.of("$N", context.local("value", value)), value.type());
    JavaValue converted = apply(context, inner, subject, source, target);
    return JavaValue.of(target, "$L == null ? null : $L", subject.code(), converted.as(target));
  }

  private static JavaValue byKind(Context context, Conversion.ByKind byKind, JavaValue value, TypeName target) {
    JavaValue subject = value.simple() ? value : new JavaValue(
        CodeBlock.of("$N", context.local("value", new JavaValue(value.as(JavaTypes.OBJECT), JavaTypes.OBJECT))),
        JavaTypes.OBJECT);
    // Kinds told apart by a Java class first; objects of the data or of the template last.
    List<Conversion.Alternative> alternatives = new java.util.ArrayList<>(byKind.alternatives());
    alternatives.sort(java.util.Comparator.comparing(alternative -> alternative.kind() == Conversion.ValueKind.OTHER));
    CodeBlock.Builder code = CodeBlock.builder();
    for (int i = 0; i < alternatives.size(); i++) {
      Conversion.Alternative alternative = alternatives.get(i);
      TypeName kind = alternative.kind() == Conversion.ValueKind.OTHER
          ? objectType(alternative.conversion()) : javaType(alternative.kind());
      JavaValue cast = new JavaValue(CodeBlock.of("(($T) $L)", kind, subject.code()), kind);
      CodeBlock converted = alternative.kind() == Conversion.ValueKind.NONE ? CodeBlock.of("null")
          : apply(context, alternative.conversion(), cast, null, target).as(target);
      if (i == alternatives.size() - 1) {
        code.add("$L", converted);
      } else if (alternative.kind() == Conversion.ValueKind.NONE) {
        code.add("$L == null ? null : ", subject.code());
      } else {
        code.add("$L instanceof $T ? $L : ", subject.code(), kind, converted);
      }
    }
    return new JavaValue(code.build(), target);
  }

  /** The Java class of an object alternative: the record a dict was built as, or the data record. */
  private static TypeName objectType(Conversion conversion) {
    if (conversion instanceof Conversion.Build) {
      return TypeNames.of(((Conversion.Build) conversion).target().name());
    }
    if (conversion instanceof Conversion.FromData) {
      return TypeNames.of(((Conversion.FromData) conversion).data());
    }
    if (conversion instanceof Conversion.FieldsToMap) {
      return TypeNames.of(((Conversion.FieldsToMap) conversion).data());
    }
    return JavaTypes.OBJECT;
  }

  private static TypeName javaType(Conversion.ValueKind kind) {
    switch (kind) {
      case STRING:
        return JavaTypes.STRING;
      case INTEGER:
        return TypeName.LONG.box();
      case NUMBER:
        return TypeName.DOUBLE.box();
      case BOOLEAN:
        return TypeName.BOOLEAN.box();
      case LIST:
        return JavaTypes.LIST;
      default:
        return JavaTypes.OBJECT;
    }
  }
}
