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

  /** The code, in parentheses unless it is one term, ready for a cast or a method call on it. */
  CodeBlock operand() {
    String text = code.toString();
    boolean term = text.matches("[\\w.$]+(\\(\\))?") || text.matches("\"(?:[^\"\\\\]|\\\\.)*\"")
        || (text.startsWith("(") && text.endsWith(")") && balanced(text.substring(1, text.length() - 1)));
    return term ? code : CodeBlock.of("($L)", code);
  }

  /** Whether parentheses in {@code text} close in order, so that the outer pair belongs together. */
  private static boolean balanced(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        i = text.indexOf('"', i + 1);
        while (i > 0 && text.charAt(i - 1) == '\\') {
          i = text.indexOf('"', i + 1);
        }
        if (i < 0) {
          return false;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
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
    if (type.equals(target) || (!target.isPrimitive() && !target.isBoxedPrimitive() && !target.equals(JavaTypes.OBJECT)
        && !type.equals(JavaTypes.OBJECT))) {
      return this.code;
    }
    CodeBlock code = operand();
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
