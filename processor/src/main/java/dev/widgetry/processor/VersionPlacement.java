package dev.widgetry.processor;

import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.read.Annotations;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Reports {@code @A2uiSince} and {@code @A2uiUntil} on a field that is neither an enum constant nor
 * the field of a record's component: the annotations may stand on fields for enum constants' sake,
 * and no generated code would read them on any other.
 */
final class VersionPlacement {
  private static final List<String> ANNOTATIONS = List.of("dev.widgetry.a2ui.A2uiSince", "dev.widgetry.a2ui.A2uiUntil");

  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;

  VersionPlacement(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.diagnostics = diagnostics;
  }

  void check(RoundEnvironment round) {
    for (String annotation : ANNOTATIONS) {
      for (Element element : Rounds.annotated(env, round, annotation)) {
        if (element.getKind() == ElementKind.FIELD && !isComponentField(element)) {
          String simpleName = annotation.substring(annotation.lastIndexOf('.') + 1);
          diagnostics.error(element, Annotations.findByQualifiedName(element, annotation).orElseThrow(),
              Message.A2UI_VERSIONED_FIELD, simpleName, element.getSimpleName(),
              element.getEnclosingElement().getSimpleName(), simpleName);
        }
      }
    }
  }

  /** Whether {@code field} is the field javac makes for a record component, whose annotation it carries. */
  private static boolean isComponentField(Element field) {
    return field.getEnclosingElement().getKind() == ElementKind.RECORD
        && !field.getModifiers().contains(Modifier.STATIC);
  }
}
