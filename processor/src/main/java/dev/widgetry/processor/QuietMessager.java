package dev.widgetry.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Swallows diagnostics: for reading a widget compiled elsewhere only to learn its shape, whose
 * problems, if any, were reported when it was compiled.
 */
final class QuietMessager implements Messager {

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence message) {}

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element) {}

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror annotation) {}

  @Override
  public void printMessage(
      Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror annotation, AnnotationValue value) {}
}
