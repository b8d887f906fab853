package dev.widgetry.processor.write;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The bit sets a generated reader keeps to know which properties it has seen: one {@code long} per
 * 64 properties. They catch a property given twice and a required one never given.
 */
final class PresenceBits {
  private final List<String> words = new ArrayList<>();

  PresenceBits(int properties, UniqueNames locals) {
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

  /**
   * Reports the required properties absent: for each word that has required bits, one test of them
   * all and, when one lacks, one call naming each of them with what it expects (a word with one
   * required property tests it and reports it alone). A test and a call a property made javac
   * attribute and generate a statement a property for every codec.
   */
  CodeBlock requireSet(List<Required> required) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (int w = 0; w < words.size(); w++) {
      int word = w;
      List<Required> inWord = required.stream().filter(property -> property.index() / 64 == word).toList();
      if (inWord.size() == 1) {
        code.add(requireOne(words.get(w), inWord.get(0)));
      } else if (inWord.size() > 1) {
        code.add(requireAll(words.get(w), inWord));
      }
    }
    return code.build();
  }

  private CodeBlock requireOne(String word, Required property) {
    return CodeBlock.builder()
        .beginControlFlow("$L", "if ((" + word + " & " + mask(property.index()) + ") == 0)")
        .addStatement("in.missingProperty($S, $S)", property.jsonName(), property.expected())
        .endControlFlow()
        .build();
  }

  private static CodeBlock requireAll(String word, List<Required> properties) {
    long bits = 0;
    StringBuilder format = new StringBuilder("$L");
    List<Object> args = new ArrayList<>();
    for (Required property : properties) {
      bits |= 1L << (property.index() % 64);
      format.append(",$W$S, $S");
      args.add(property.jsonName());
      args.add(property.expected());
    }
    String mask = "0x" + Long.toHexString(bits) + "L";
    args.add(0, "in.missingProperties(" + word + ", " + mask);
    return CodeBlock.builder()
        .beginControlFlow("$L", "if ((" + word + " & " + mask + ") != " + mask + ")")
        .addStatement(format.append(")").toString(), args.toArray())
        .endControlFlow()
        .build();
  }

  /** A required property: its index among the presence bits, its JSON name, the text it expects. */
  record Required(int index, String jsonName, String expected) {}
}
