package dev.widgetry.processor.read;

import javax.lang.model.element.TypeElement;

/** A widget type's own description: {@code @Widget(description = ...)}, else its Javadoc. */
final class WidgetDescriptions {
  private WidgetDescriptions() {}

  static String of(TypeElement type, Annotations annotations, Javadoc javadoc) {
    return Annotations.findByQualifiedName(type, Annotations.WIDGET)
        .map(mirror -> annotations.stringValue(mirror, "description"))
        .filter(text -> !text.isBlank())
        .orElse(javadoc.description());
  }
}
