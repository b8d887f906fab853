package dev.widgetry.processor.template.write;

import dev.widgetry.processor.template.data.Names;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Names for the local variables of one generated method: readable, and never two alike. */
final class LocalNames {
  private final Set<String> used = new HashSet<>();

  LocalNames(String... taken) {
    used.addAll(Set.of(taken));
  }

  /** {@code base} made a Java name ({@code _c} becomes {@code c}), numbered when already taken. */
  String fresh(String base) {
    String name = Names.lowerCamel(base);
    if (name.isEmpty() || name.startsWith("_")) {
      name = "value" + name;
    }
    if (SourceVersion.isKeyword(name)) {
      name = name + "Value";
    }
    String candidate = name;
    for (int i = 2; !used.add(candidate); i++) {
      candidate = name + i;
    }
    return candidate;
  }
}
