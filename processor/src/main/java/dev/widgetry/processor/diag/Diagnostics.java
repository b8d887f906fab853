package dev.widgetry.processor.diag;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports errors on the exact element, annotation and value that caused them, and counts them so
 * a caller can tell whether the element it was reading turned out valid.
 */
public final class Diagnostics {
  private final Messager messager;
  private int errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** An error that belongs to no element: a compiler option, or the processor as a whole. */
  public void error(Message message, Object... args) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args));
  }

  public void error(Element element, Message message, Object... args) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
  }

  public void error(Element element, AnnotationMirror annotation, Message message, Object... args) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation);
  }

  public void error(
      Element element, AnnotationMirror annotation, AnnotationValue value, Message message, Object... args) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation, value);
  }

  public void warning(
      Element element, AnnotationMirror annotation, AnnotationValue value, Message message, Object... args) {
    messager.printMessage(Diagnostic.Kind.WARNING, message.format(args), element, annotation, value);
  }

  /** The number of errors reported so far; compare before and after reading an element. */
  public int errorCount() {
    return errors;
  }
}
