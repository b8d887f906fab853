package dev.widgetry.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.ScalarKind;
import dev.widgetry.processor.model.TypeUse;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** The Java type of each JSON type, as JavaPoet names it. */
public final class TypeNames {
  private TypeNames() {}

  public static ClassName of(JavaName name) {
    List<String> simpleNames = name.simpleNames();
    return ClassName.get(
        name.packageName(), simpleNames.get(0), simpleNames.subList(1, simpleNames.size()).toArray(new String[0]));
  }

  public static TypeName of(TypeUse use) {
    return of(use.type());
  }

  public static TypeName of(JsonType type) {
    if (type instanceof JsonType.Scalar) {
      JsonType.Scalar scalar = (JsonType.Scalar) type;
      return scalar.primitive() ? primitive(scalar.scalar()) : scalar(scalar.scalar());
    }
    if (type instanceof JsonType.EnumType) {
      return of(((JsonType.EnumType) type).name());
    }
    if (type instanceof JsonType.WidgetRef) {
      return of(((JsonType.WidgetRef) type).name());
    }
    if (type instanceof JsonType.Sequence) {
      JsonType.Sequence sequence = (JsonType.Sequence) type;
      TypeName element = of(sequence.element());
      switch (sequence.sequence()) {
        case LIST:
          return ParameterizedTypeName.get(ClassName.get(List.class), element.box());
        case SET:
          return ParameterizedTypeName.get(ClassName.get(Set.class), element.box());
        default:
          return ArrayTypeName.of(element);
      }
    }
    if (type instanceof JsonType.MapOf) {
      return ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), of(((JsonType.MapOf) type).value()).box());
    }
    JsonType.OptionalOf optional = (JsonType.OptionalOf) type;
    switch (optional.optional()) {
      case OPTIONAL_INT:
        return ClassName.get(OptionalInt.class);
      case OPTIONAL_LONG:
        return ClassName.get(OptionalLong.class);
      case OPTIONAL_DOUBLE:
        return ClassName.get(OptionalDouble.class);
      default:
        return ParameterizedTypeName.get(ClassName.get(Optional.class), of(optional.element()).box());
    }
  }

  /**
   * The primitive Java type of a scalar that has one. Named directly rather than by {@code
   * unbox()} of the boxed name, which compares that name with each box by its formatted text.
   */
  private static TypeName primitive(ScalarKind kind) {
    switch (kind) {
      case CHAR:
        return TypeName.CHAR;
      case BOOLEAN:
        return TypeName.BOOLEAN;
      case BYTE:
        return TypeName.BYTE;
      case SHORT:
        return TypeName.SHORT;
      case INT:
        return TypeName.INT;
      case LONG:
        return TypeName.LONG;
      case FLOAT:
        return TypeName.FLOAT;
      case DOUBLE:
        return TypeName.DOUBLE;
      default:
        throw new IllegalArgumentException("no primitive type for " + kind);
    }
  }

  /** The boxed (or reference) Java type of a scalar. */
  static ClassName scalar(ScalarKind kind) {
    switch (kind) {
      case STRING:
        return ClassName.get(String.class);
      case CHAR:
        return ClassName.get(Character.class);
      case BOOLEAN:
        return ClassName.get(Boolean.class);
      case BYTE:
        return ClassName.get(Byte.class);
      case SHORT:
        return ClassName.get(Short.class);
      case INT:
        return ClassName.get(Integer.class);
      case LONG:
        return ClassName.get(Long.class);
      case FLOAT:
        return ClassName.get(Float.class);
      case DOUBLE:
        return ClassName.get(Double.class);
      case BIG_INTEGER:
        return ClassName.get(BigInteger.class);
      case BIG_DECIMAL:
        return ClassName.get(BigDecimal.class);
      case LOCAL_DATE:
        return ClassName.get(LocalDate.class);
      case LOCAL_DATE_TIME:
        return ClassName.get(LocalDateTime.class);
      case OFFSET_DATE_TIME:
        return ClassName.get(OffsetDateTime.class);
      case INSTANT:
        return ClassName.get(Instant.class);
      default:
        return RuntimeNames.JSON_NODE;
    }
  }
}
