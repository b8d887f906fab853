package dev.widgetry.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import java.util.ArrayList;
import java.util.List;

/**
 * The bit sets a generated reader keeps to know which properties it has seen: one {@code long} per
 * 64 properties. They catch a property given twice and a required one never given.
 */
final class PresenceBits {
  private final List<String> words = new ArrayList<>();

  PresenceBits(int properties, NameAllocator locals) {
    int count = Math.max(1, (properties + 63) / 64);
    for (int i = 0; i < count; i++) {
      words.add(locals.newName(count == 1 ? "present" : "present" + i));
    }
  }

  /** Declares the words; the first starts at {@code first}, the others at zero. */
  CodeBlock declare(CodeBlock first) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (int i = 0; i < words.size(); i++) {
      code.addStatement("long $N = $L", words.get(i), i == 0 ? first : CodeBlock.of("0L"));
    }
    return code.build();
  }

  /** The bit of property {@code index} within its word, as a hex literal. */
  String mask(int index) {
    return "0x" + Long.toHexString(1L << (index % 64)) + "L";
  }

  /** Marks property {@code index} as seen; the reader knows its name, the one it has just read. */
  CodeBlock mark(int index) {
    String word = words.get(index / 64);
    // One piece of text: JavaPoet splits each piece it emits with a regex (see MemberCall).
    return CodeBlock.of("$L", word + " = in.seen(" + word + ", " + mask(index) + ");\n");
  }

  CodeBlock requireSet(int index, String jsonName, String expected) {
    return CodeBlock.builder()
        .beginControlFlow("$L", "if ((" + words.get(index / 64) + " & " + mask(index) + ") == 0)")
        .addStatement("in.missingProperty($S, $S)", jsonName, expected)
        .endControlFlow()
        .build();
  }
}
