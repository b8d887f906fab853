package dev.widgetry.processor.read;

import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Checks {@code @Widget(discriminator = ...)}: where it may stand, what it may say, and that every
 * record ends up with one tag property.
 */
final class DiscriminatorChecks {
  private final Diagnostics diagnostics;
  private final WidgetShapes shapes;

  DiscriminatorChecks(Diagnostics diagnostics, WidgetShapes shapes) {
    this.diagnostics = diagnostics;
    this.shapes = shapes;
  }

  void check(TypeElement element, AnnotationMirror widget) {
    String name = element.getSimpleName().toString();
    AnnotationValue explicit = Annotations.explicitValue(widget, "discriminator");
    String discriminator = explicit == null ? "" : (String) explicit.getValue();
    if (!discriminator.isEmpty() && element.getKind() == ElementKind.RECORD) {
      diagnostics.error(element, widget, explicit, Message.DISCRIMINATOR_ON_RECORD, discriminator, name, name);
      return;
    }
    if (!discriminator.isEmpty() && !checkUsable(element, widget, explicit, discriminator)) {
      return;
    }
    Map<TypeElement, String> parents = shapes.directDiscriminators(element);
    if (conflict(element, parents)) {
      return;
    }
    if (!discriminator.isEmpty() && !parents.isEmpty()) {
      Map.Entry<TypeElement, String> parent = parents.entrySet().iterator().next();
      if (!parent.getValue().equals(discriminator)) {
        diagnostics.error(element, widget, explicit, Message.NESTED_DISCRIMINATOR, discriminator, name,
            parent.getValue(), parent.getKey().getSimpleName(), parent.getValue());
      }
    }
  }

  /** Reports a discriminator that names no usable property, or stands on an untagged union. */
  private boolean checkUsable(
      TypeElement element, AnnotationMirror widget, AnnotationValue value, String discriminator) {
    String name = element.getSimpleName().toString();
    String problem = discriminator.isBlank() ? "is blank" : JsonNames.problem(discriminator);
    if (problem != null) {
      problem = "it " + problem;
      diagnostics.error(element, widget, value, Message.INVALID_DISCRIMINATOR, discriminator, name, problem,
          inherited(element));
      return false;
    }
    if (WidgetShapes.isTagged(element)) {
      return true;
    }
    String why;
    String fix;
    if (WidgetShapes.isDeduced(element)) {
      why = "@JsonTypeInfo(use = DEDUCTION) tells its members apart by their properties";
      fix = "remove @JsonTypeInfo(use = DEDUCTION) so that the union is tagged";
    } else {
      why = valueMember(element) + " is written as a bare value (@JsonValue), so members are told apart by JSON kind";
      fix = "remove @JsonValue from every member so that the union is tagged";
    }
    diagnostics.error(element, widget, value, Message.DISCRIMINATOR_ON_UNTAGGED_UNION, discriminator, name, why, fix);
    return false;
  }

  /** Reports a type that two tagged unions with different discriminators permit directly. */
  private boolean conflict(TypeElement element, Map<TypeElement, String> parents) {
    List<Map.Entry<TypeElement, String>> entries = new ArrayList<>(parents.entrySet());
    for (int i = 1; i < entries.size(); i++) {
      Map.Entry<TypeElement, String> first = entries.get(0);
      Map.Entry<TypeElement, String> other = entries.get(i);
      if (!first.getValue().equals(other.getValue())) {
        String name = element.getSimpleName().toString();
        String subject = (element.getKind() == ElementKind.RECORD ? "Record " : "Union ") + name;
        diagnostics.error(element, Message.CONFLICTING_DISCRIMINATORS, subject, first.getKey().getSimpleName(),
            first.getValue(), other.getKey().getSimpleName(), other.getValue(), first.getKey().getSimpleName(),
            other.getKey().getSimpleName(), name);
        return true;
      }
    }
    return false;
  }

  /** The discriminator a union gets when it names none. */
  private String inherited(TypeElement union) {
    Map<TypeElement, String> parents = shapes.directDiscriminators(union);
    return parents.isEmpty() ? WidgetShapes.TYPE : parents.values().iterator().next();
  }

  private static String valueMember(TypeElement union) {
    for (TypeElement record : WidgetShapes.records(union)) {
      if (WidgetShapes.valueComponent(record).isPresent()) {
        return record.getSimpleName().toString();
      }
    }
    return "a member";
  }
}
