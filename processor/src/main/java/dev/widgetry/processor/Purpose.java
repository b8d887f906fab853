package dev.widgetry.processor;

import javax.lang.model.element.TypeElement;

/**
 * What a generated type is for, in the words of an error about its name: the role ("the codec of
 * Tag") and the way out that keeps the user's own type ("rename Tag").
 */
record Purpose(String role, String otherFix) {

  static Purpose codec(TypeElement widget) {
    return of("the codec", widget);
  }

  static Purpose builder(TypeElement widget) {
    return of("the builder", widget);
  }

  static Purpose paths(TypeElement widget) {
    return of("the data-binding paths", widget);
  }

  static Purpose catalog(TypeElement union) {
    return of("the A2UI catalog class", union);
  }

  static Purpose actions(TypeElement handler) {
    return of("the actions class", handler);
  }

  static Purpose registry() {
    return new Purpose("the registry of this module's widgets and handlers",
        "give the registry another name with -A" + Registry.OPTION + "=<package>.<Name>");
  }

  private static Purpose of(String role, TypeElement type) {
    String name = type.getQualifiedName().toString();
    return new Purpose(role + " of " + name, "rename " + name);
  }
}
