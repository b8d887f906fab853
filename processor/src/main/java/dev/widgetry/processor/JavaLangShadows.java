package dev.widgetry.processor;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
   * Each package's answer, kept for the round: every codec asks about its package, and a package's
   * types do not change within a round (what a round generates is entered in the next).
   */
  private final Map<String, Set<String>> byPackage = new HashMap<>();

  JavaLangShadows(Elements elements) {
    this.elements = elements;
  }

  /** Forgets the packages' answers: a new round may bring new types into them. */
  void newRound() {
    byPackage.clear();
  }

  Set<String> in(String packageName) {
    return byPackage.computeIfAbsent(packageName, this::find);
  }

  private Set<String> find(String packageName) {
    Set<String> shadowed = new TreeSet<>();
    PackageElement pkg = elements.getPackageElement(packageName);
    if (pkg == null) {
      return Collections.unmodifiableSet(shadowed);
    }
    for (Element type : pkg.getEnclosedElements()) {
      String name = type.getSimpleName().toString();
      if (javaLang().contains(name)) {
        shadowed.add(name);
      }
    }
    return Collections.unmodifiableSet(shadowed);
  }

  /** The simple names of java.lang's types. */
  Set<String> javaLang() {
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
