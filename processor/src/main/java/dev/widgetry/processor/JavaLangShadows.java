package dev.widgetry.processor;

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
  private JavaLangShadows() {}

  static Set<String> in(Elements elements, String packageName) {
    Set<String> shadowed = new TreeSet<>();
    PackageElement pkg = elements.getPackageElement(packageName);
    if (pkg == null) {
      return shadowed;
    }
    for (Element type : pkg.getEnclosedElements()) {
      String name = type.getSimpleName().toString();
      if (elements.getTypeElement("java.lang." + name) != null) {
        shadowed.add(name);
      }
    }
    return shadowed;
  }
}
