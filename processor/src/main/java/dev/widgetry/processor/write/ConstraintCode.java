package dev.widgetry.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.widgetry.processor.model.Constraint;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.ScalarKind;
import dev.widgetry.processor.model.TypeUse;
import java.math.BigDecimal;
import java.util.List;

/**
 * The code that checks a value just read against its constraints ({@code @NotBlank}, {@code @Size},
 * {@code @Min}...): one call on the runtime's {@code Checks} per constraint, each reporting a
 * problem to the reader rather than throwing; a {@code @Pattern} is compiled once, in a field.
 */
final class ConstraintCode {
  private final CodecContext context;

  ConstraintCode(CodecContext context) {
    this.context = context;
  }

  /** Statements that check {@code use}'s constraints on the value just read into {@code variable}. */
  CodeBlock checks(TypeUse use, String variable, boolean primitive) {
    JsonType type = use.type() instanceof JsonType.OptionalOf
        ? ((JsonType.OptionalOf) use.type()).element().type()
        : use.type();
    List<Constraint> constraints = use.type() instanceof JsonType.OptionalOf
        ? ((JsonType.OptionalOf) use.type()).element().constraints()
        : use.constraints();
    if (constraints.isEmpty()) {
      return CodeBlock.of("");
    }
    CodeBlock.Builder code = CodeBlock.builder();
    if (!primitive) {
      code.beginControlFlow("if ($N != null)", variable);
    }
    for (Constraint constraint : constraints) {
      code.add(check(constraint, type, variable, primitive));
    }
    if (!primitive) {
      code.endControlFlow();
    }
    return code.build();
  }

  private CodeBlock check(Constraint constraint, JsonType type, String variable, boolean primitive) {
    if (constraint instanceof Constraint.NotBlank) {
      return CodeBlock.of("$T.notBlank(in, $N);\n", RuntimeNames.CHECKS, variable);
    }
    if (constraint instanceof Constraint.Email) {
      return CodeBlock.of("$T.email(in, $N);\n", RuntimeNames.CHECKS, variable);
    }
    if (constraint instanceof Constraint.Pattern) {
      String field = context.pattern(((Constraint.Pattern) constraint).regex(), variable);
      return CodeBlock.of("$T.pattern(in, $N, $N);\n", RuntimeNames.CHECKS, variable, field);
    }
    if (constraint instanceof Constraint.Size) {
      Constraint.Size size = (Constraint.Size) constraint;
      if (type instanceof JsonType.Scalar) {
        return CodeBlock.of("$T.length(in, $N, $L, $L);\n", RuntimeNames.CHECKS, variable, size.min(), limit(size.max()));
      }
      String count = type instanceof JsonType.Sequence && ((JsonType.Sequence) type).sequence() == JsonType.SequenceKind.ARRAY
          ? "length"
          : "size()";
      String unit = type instanceof JsonType.MapOf ? "entries" : "items";
      return CodeBlock.of("$T.count(in, $N.$L, $L, $L, $S);\n", RuntimeNames.CHECKS, variable, count, size.min(),
          limit(size.max()), unit);
    }
    return bound((Constraint.Bound) constraint, ((JsonType.Scalar) type).scalar(), variable, primitive);
  }

  private static CodeBlock bound(Constraint.Bound bound, ScalarKind kind, String variable, boolean primitive) {
    String method = bound.lower() ? "atLeast" : "atMost";
    BigDecimal value = bound.value();
    if (kind == ScalarKind.BIG_DECIMAL || kind == ScalarKind.BIG_INTEGER) {
      return CodeBlock.of("$T.$N(in, $N, new $T($S), $L);\n", RuntimeNames.CHECKS, method, variable,
          BigDecimal.class, value.toPlainString(), bound.exclusive());
    }
    // A primitive long or double goes as it is: casting it to its own type is what -Xlint:cast reports.
    if (kind.isIntegral() && isLong(value)) {
      String cast = primitive && kind == ScalarKind.LONG ? "" : "(long) ";
      return CodeBlock.of("$T.$N(in, $L$N, $LL, $L);\n", RuntimeNames.CHECKS, method, cast, variable,
          value.longValueExact(), bound.exclusive());
    }
    String cast = primitive && kind == ScalarKind.DOUBLE ? "" : "(double) ";
    return CodeBlock.of("$T.$N(in, $L$N, $L, $L);\n", RuntimeNames.CHECKS, method, cast, variable,
        value.doubleValue(), bound.exclusive());
  }

  private static CodeBlock limit(int max) {
    return max == Integer.MAX_VALUE ? CodeBlock.of("$T.MAX_VALUE", Integer.class) : CodeBlock.of("$L", max);
  }

  private static boolean isLong(BigDecimal value) {
    try {
      value.longValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }
}
