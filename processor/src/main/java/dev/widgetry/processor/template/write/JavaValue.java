package dev.widgetry.processor.template.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * A generated Java expression and its static type; {@code constant} is the value when the
 * expression is a literal (a string written in the template), so conversions can fold it.
 */
record JavaValue(CodeBlock code, TypeName type, Object constant) {

  JavaValue(CodeBlock code, TypeName type) {
    this(code, type, null);
  }

  static JavaValue of(TypeName type, String format, Object... args) {
    return new JavaValue(CodeBlock.of(format, args), type);
  }

  static JavaValue string(String value) {
    return new JavaValue(CodeBlock.of("$S", value), JavaTypes.STRING, value);
  }

  boolean primitive() {
    return type.isPrimitive();
  }

  /** Whether the code is a name or a chain of accessor calls: cheap to evaluate twice, and without effects. */
  boolean simple() {
    return code.toString().matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*\\(\\))*");
  }

  /**
   * This value as {@code target}: boxed, unboxed, widened or cast as Java needs. A cast from
   * {@code Object} is safe where it is used: the checker proved the kind.
   */
  CodeBlock as(TypeName target) {
    if (type.equals(target)) {
      return code;
    }
    if (target.equals(JavaTypes.OBJECT)) {
      return primitive() ? CodeBlock.of("($T) $L", type.box(), code) : code;
    }
    if (target.isPrimitive()) {
      if (type.isPrimitive() || type.isBoxedPrimitive()) {
        return type.unbox().equals(target) ? code : CodeBlock.of("($T) $L", target, code);
      }
      if (target.equals(TypeName.BOOLEAN)) {
        return CodeBlock.of("($T) $L", target.box(), code);
      }
      // An int or a float held as Object: either may stand where a number goes.
      return CodeBlock.of("(($T) $L).$LValue()", Number.class, code, target);
    }
    if (target.isBoxedPrimitive()) {
      if (type.isPrimitive() && type.box().equals(target)) {
        return code;
      }
      if (type.isPrimitive()) {
        return CodeBlock.of("($T) ($T) $L", target, target.unbox(), code);
      }
      if (type.isBoxedPrimitive()) {
        return CodeBlock.of("($L == null ? null : ($T) $L.$LValue())", code, target, code, target.unbox());
      }
      return CodeBlock.of("($T) $L", target, code);
    }
    if (type.equals(JavaTypes.OBJECT)) {
      return CodeBlock.of("($T) $L", target, code);
    }
    return code;
  }
}
