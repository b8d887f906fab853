package dev.widgetry.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * A statement {@code Owner.method(a, b, ...);} handed to JavaPoet in as few pieces as it can be:
 * the owner, then the text between the arguments that need JavaPoet (a {@link CodeBlock}: a type to
 * import, a string to escape) in one piece each, the arguments given as {@code String} being names
 * already written as Java text. JavaPoet splits every piece it emits on line breaks with a regex,
 * twice a file (once to collect the imports), so the call formatted as {@code "$T.$N(out, $N,
 * value.$N(), $N)"} cost it twelve splits where this costs two.
 */
final class MemberCall {
  private MemberCall() {}

  /** Each argument a {@code String} of Java text or a {@link CodeBlock}. */
  static CodeBlock of(TypeName owner, String method, Object... arguments) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T", owner);
    StringBuilder text = new StringBuilder().append('.').append(method).append('(');
    for (int i = 0; i < arguments.length; i++) {
      if (i > 0) {
        text.append(", ");
      }
      if (arguments[i] instanceof CodeBlock) {
        code.add("$L$L", text.toString(), arguments[i]);
        text.setLength(0);
      } else {
        text.append((String) arguments[i]);
      }
    }
    return code.add("$L", text.append(");\n").toString()).build();
  }
}
