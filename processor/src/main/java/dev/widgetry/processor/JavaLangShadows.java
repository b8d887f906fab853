package dev.widgetry.processor;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;

/**
 * The {@code java.lang} names a package shadows. A type named {@code String} in a widget's package
 * wins over {@code java.lang.String} in generated code there, so such names must be qualified.
 */
final class JavaLangShadows {
  private final Elements elements;
  /**
   * The simple names of java.lang's types, listed once: javac's look-up of a type that does not
   * exist searches the class path, and every codec asks about every type of its package.
   */
  private Set<String> javaLang;
  /**
   * Each package's types, kept for the round (empty for a package javac cannot name): every codec
   * asks about its package, and a package's types do not change within a round (what a round
   * generates is entered in the next).
   */
  private final Map<String, Optional<PackageTypes>> byPackage = new HashMap<>();

  /** A package's types' simple names, and those of them that shadow a java.lang name (sorted). */
  private record PackageTypes(Set<String> names, Set<String> javaLangShadowed) {}

  JavaLangShadows(Elements elements) {
    this.elements = elements;
  }

  /** Forgets the packages' types: a new round may bring new types into them. */
  void newRound() {
    byPackage.clear();
  }

  /** The java.lang names the package's types shadow. */
  Set<String> in(String packageName) {
    return types(packageName).map(PackageTypes::javaLangShadowed).orElse(Set.of());
  }

  /** The simple names of the package's types in this round; empty when javac cannot name the package. */
  Optional<Set<String>> typesIn(String packageName) {
    return types(packageName).map(PackageTypes::names);
  }

  private Optional<PackageTypes> types(String packageName) {
    return byPackage.computeIfAbsent(packageName, name -> {
      PackageElement pkg = elements.getPackageElement(name);
      if (pkg == null) {
        return Optional.empty();
      }
      Set<String> names = new HashSet<>();
      Set<String> shadowed = new TreeSet<>();
      for (Element type : pkg.getEnclosedElements()) {
        String simpleName = type.getSimpleName().toString();
        names.add(simpleName);
        if (javaLang().contains(simpleName)) {
          shadowed.add(simpleName);
        }
      }
      return Optional.of(new PackageTypes(Collections.unmodifiableSet(names), Collections.unmodifiableSet(shadowed)));
    });
  }

  /** The simple names of java.lang's types. */
  private Set<String> javaLang() {
    if (javaLang == null) {
      javaLang = new HashSet<>();
      PackageElement pkg = elements.getPackageElement("java.lang");
      if (pkg != null) {
        for (Element type : pkg.getEnclosedElements()) {
          javaLang.add(type.getSimpleName().toString());
        }
      }
    }
    return javaLang;
  }
}
