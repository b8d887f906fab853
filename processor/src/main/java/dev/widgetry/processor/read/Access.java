package dev.widgetry.processor.read;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/** Whether generated code in a given package can name a type. */
final class Access {
  private Access() {}

  /** Why code in {@code fromPackage} cannot name {@code type}, or null when it can. */
  static String obstacle(TypeElement type, String fromPackage) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      TypeElement current = (TypeElement) e;
      if (current.getModifiers().contains(Modifier.PRIVATE)) {
        return current == type ? "private" : "nested in private " + current.getSimpleName();
      }
      if (!current.getModifiers().contains(Modifier.PUBLIC)
          && !isImplicitlyPublic(current)
          && !packageOf(current).equals(fromPackage)) {
        return current == type
            ? "package-private in another package"
            : "nested in " + current.getSimpleName() + ", which is package-private in another package";
      }
    }
    return null;
  }

  /** Members of interfaces are public without saying so. */
  private static boolean isImplicitlyPublic(TypeElement type) {
    Element enclosing = type.getEnclosingElement();
    return enclosing.getKind() == ElementKind.INTERFACE || enclosing.getKind() == ElementKind.ANNOTATION_TYPE;
  }

  static String packageOf(Element element) {
    Element e = element;
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }
}
