package dev.widgetry.processor.write;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java names not taken yet in one scope: the names JavaPoet's {@code NameAllocator} gives, without
 * its tags. Its {@code newName(suggestion)} tags each name with {@code UUID.randomUUID()}, which
 * sets up a {@code SecureRandom} and costs the processor more than the names themselves; nothing
 * here looks a name up by tag.
 */
final class UniqueNames {
  private final Set<String> taken = new HashSet<>();

  /**
   * {@code suggestion} made a Java identifier, with {@code _} appended while it is a keyword or
   * taken; the name is then taken.
   */
  String newName(String suggestion) {
    String name = toJavaIdentifier(suggestion);
    while (SourceVersion.isKeyword(name) || !taken.add(name)) {
      name = name + "_";
    }
    return name;
  }

  /**
   * {@code NameAllocator.toJavaIdentifier}'s rules: {@code _} before a first code point that cannot
   * start an identifier, ignorable code points dropped, any other code point no identifier may hold
   * replaced by {@code _} (dropped when first).
   */
  private static String toJavaIdentifier(String suggestion) {
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < suggestion.length(); ) {
      int codePoint = suggestion.codePointAt(i);
      if (i == 0 && !Character.isJavaIdentifierStart(codePoint)) {
        result.append('_');
      }
      if (!Character.isIdentifierIgnorable(codePoint)) {
        if (Character.isJavaIdentifierPart(codePoint)) {
          result.appendCodePoint(codePoint);
        } else if (i > 0) {
          result.append('_');
        }
      }
      i += Character.charCount(codePoint);
    }
    return result.toString();
  }
}
