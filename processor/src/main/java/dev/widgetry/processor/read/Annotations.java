package dev.widgetry.processor.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds annotations by simple name, so Jakarta, JSpecify, JetBrains and Jackson annotations work
 * without the processor depending on any of them; {@code @Widget} itself is matched exactly.
 */
public final class Annotations {
  public static final String WIDGET = "dev.widgetry.annotations.Widget";
  public static final String WIDGET_BUILDER = "dev.widgetry.annotations.WidgetBuilder";
  public static final String ON_ACTION = "dev.widgetry.annotations.OnAction";

  private final Elements elements;

  public Annotations(Elements elements) {
    this.elements = elements;
  }

  public static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  public static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  public static Optional<AnnotationMirror> findBySimpleName(
      List<? extends AnnotationMirror> mirrors, String simpleName) {
    for (AnnotationMirror mirror : mirrors) {
      if (simpleName(mirror).equals(simpleName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  public static Optional<AnnotationMirror> findByQualifiedName(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (qualifiedName(mirror).equals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  public static boolean isWidget(Element element) {
    return findByQualifiedName(element, WIDGET).isPresent();
  }

  /** The simple name of the enum constant an attribute names ({@code "V1_0"}), or null. */
  public String constantName(AnnotationMirror mirror, String attribute) {
    Object constant = value(mirror, attribute);
    return constant instanceof VariableElement ? ((VariableElement) constant).getSimpleName().toString() : null;
  }

  /** The value of an attribute, its default when not given. */
  public Object value(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = annotationValue(mirror, attribute);
    return value == null ? null : value.getValue();
  }

  /** The value as written, or null when the attribute was left to its default. */
  public static AnnotationValue explicitValue(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }

  public AnnotationValue annotationValue(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }

  public String stringValue(AnnotationMirror mirror, String attribute) {
    Object value = value(mirror, attribute);
    return value instanceof String ? (String) value : "";
  }
}
