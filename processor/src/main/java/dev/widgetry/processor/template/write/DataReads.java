package dev.widgetry.processor.template.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.ScalarKind;
import dev.widgetry.processor.write.TypeNames;

/**
 * Reads a component of a data record into the form template values take: optionals unwrapped to
 * null, ints widened to long, enums to their JSON names, lists and maps of those converted.
 */
final class DataReads {
  private DataReads() {}

  static JavaValue read(Context context, CodeBlock access, JsonType type) {
    if (type instanceof JsonType.Scalar) {
      return scalar(access, (JsonType.Scalar) type);
    }
    if (type instanceof JsonType.EnumType) {
      return new JavaValue(CodeBlock.of("$N($L)", context.helpers.enumName((JsonType.EnumType) type), access),
          JavaTypes.STRING);
    }
    if (type instanceof JsonType.OptionalOf) {
      JsonType.OptionalOf optional = (JsonType.OptionalOf) type;
      switch (optional.optional()) {
        case OPTIONAL:
          return read(context, CodeBlock.of("$L.orElse(null)", access), optional.element().type());
        case OPTIONAL_DOUBLE:
          return new JavaValue(CodeBlock.of("$T.orNull($L)", Runtime.JINJA, access), TypeName.DOUBLE.box());
        default:
          return new JavaValue(CodeBlock.of("$T.orNull($L)", Runtime.JINJA, access), TypeName.LONG.box());
      }
    }
    if (type instanceof JsonType.WidgetRef) {
      return new JavaValue(access, TypeNames.of(((JsonType.WidgetRef) type).name()));
    }
    if (canonical(type)) {
      return new JavaValue(access, canonicalType(type));
    }
    return new JavaValue(CodeBlock.of("$N($L)", context.helpers.canonical(type), access), canonicalType(type));
  }

  private static JavaValue scalar(CodeBlock access, JsonType.Scalar scalar) {
    ScalarKind kind = scalar.scalar();
    switch (kind) {
      case STRING:
        return new JavaValue(access, JavaTypes.STRING);
      case JSON_NODE:
        return new JavaValue(access, JavaTypes.JSON_NODE);
      case BOOLEAN:
        return new JavaValue(access, scalar.primitive() ? TypeName.BOOLEAN : TypeName.BOOLEAN.box());
      case LONG:
        return new JavaValue(access, scalar.primitive() ? TypeName.LONG : TypeName.LONG.box());
      case DOUBLE:
        return new JavaValue(access, scalar.primitive() ? TypeName.DOUBLE : TypeName.DOUBLE.box());
      case INT:
      case SHORT:
      case BYTE:
        return scalar.primitive() ? new JavaValue(CodeBlock.of("(long) $L", access), TypeName.LONG)
            : new JavaValue(CodeBlock.of("($L == null ? null : (Long) $L.longValue())", access, access), TypeName.LONG.box());
      case FLOAT:
        return scalar.primitive() ? new JavaValue(CodeBlock.of("(double) $L", access), TypeName.DOUBLE)
            : new JavaValue(CodeBlock.of("($L == null ? null : (Double) $L.doubleValue())", access, access),
                TypeName.DOUBLE.box());
      default:
        throw new IllegalStateException("the data binding admits no " + kind);
    }
  }

  /** Whether values of the type are already in the form template values take. */
  static boolean canonical(JsonType type) {
    if (type instanceof JsonType.Scalar) {
      JsonType.Scalar scalar = (JsonType.Scalar) type;
      switch (scalar.scalar()) {
        case STRING:
        case JSON_NODE:
          return true;
        case LONG:
        case DOUBLE:
        case BOOLEAN:
          return !scalar.primitive();
        default:
          return false;
      }
    }
    if (type instanceof JsonType.WidgetRef) {
      return true;
    }
    if (type instanceof JsonType.Sequence) {
      JsonType.Sequence sequence = (JsonType.Sequence) type;
      return sequence.sequence() == JsonType.SequenceKind.LIST && canonical(sequence.element().type());
    }
    if (type instanceof JsonType.MapOf) {
      return canonical(((JsonType.MapOf) type).value().type());
    }
    return false;
  }

  /** The template-value type of a data type, as an element (boxed). */
  static TypeName canonicalType(JsonType type) {
    if (type instanceof JsonType.Scalar) {
      switch (((JsonType.Scalar) type).scalar()) {
        case STRING:
        case CHAR:
          return JavaTypes.STRING;
        case JSON_NODE:
          return JavaTypes.JSON_NODE;
        case BOOLEAN:
          return TypeName.BOOLEAN.box();
        case DOUBLE:
        case FLOAT:
          return TypeName.DOUBLE.box();
        default:
          return TypeName.LONG.box();
      }
    }
    if (type instanceof JsonType.EnumType) {
      return JavaTypes.STRING;
    }
    if (type instanceof JsonType.OptionalOf) {
      return canonicalType(((JsonType.OptionalOf) type).element().type());
    }
    if (type instanceof JsonType.Sequence) {
      return ParameterizedTypeName.get(JavaTypes.LIST, canonicalType(((JsonType.Sequence) type).element().type()));
    }
    if (type instanceof JsonType.MapOf) {
      return ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING, canonicalType(((JsonType.MapOf) type).value().type()));
    }
    return TypeNames.of(((JsonType.WidgetRef) type).name());
  }
}
