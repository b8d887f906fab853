package dev.widgetry.processor.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The annotations on one record component, wherever javac put them. An annotation written on a
 * component lands on the component, its field, its accessor or its constructor parameter depending
 * on the annotation's {@code @Target} (Jakarta's {@code @NotNull} reaches the field and accessor
 * but not the component), and TYPE_USE annotations (JSpecify's {@code @NonNull}) land on the type.
 */
public final class ComponentAnnotations {
  private final RecordComponentElement component;
  private final List<AnnotationMirror> mirrors;

  private ComponentAnnotations(RecordComponentElement component, List<AnnotationMirror> mirrors) {
    this.component = component;
    this.mirrors = mirrors;
  }

  public static ComponentAnnotations of(RecordComponentElement component) {
    Set<String> seen = new LinkedHashSet<>();
    List<AnnotationMirror> found = new ArrayList<>();
    for (Element host : hosts(component)) {
      addAll(host.getAnnotationMirrors(), seen, found);
    }
    addAll(component.asType().getAnnotationMirrors(), seen, found);
    ExecutableElement accessor = component.getAccessor();
    if (accessor != null) {
      addAll(accessor.getReturnType().getAnnotationMirrors(), seen, found);
    }
    return new ComponentAnnotations(component, List.copyOf(found));
  }

  /** The component itself first, so diagnostics point at what the user wrote. */
  private static List<Element> hosts(RecordComponentElement component) {
    List<Element> hosts = new ArrayList<>();
    hosts.add(component);
    if (component.getAccessor() != null) {
      hosts.add(component.getAccessor());
    }
    TypeElement record = (TypeElement) component.getEnclosingElement();
    for (Element member : record.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && member.getSimpleName().equals(component.getSimpleName())) {
        hosts.add(member);
      }
    }
    int index = record.getRecordComponents().indexOf(component);
    for (Element member : record.getEnclosedElements()) {
      if (member.getKind() == ElementKind.CONSTRUCTOR && isCanonical((ExecutableElement) member, record)) {
        List<? extends VariableElement> parameters = ((ExecutableElement) member).getParameters();
        if (index >= 0 && index < parameters.size()) {
          hosts.add(parameters.get(index));
        }
      }
    }
    return hosts;
  }

  private static boolean isCanonical(ExecutableElement constructor, TypeElement record) {
    List<? extends RecordComponentElement> components = record.getRecordComponents();
    List<? extends VariableElement> parameters = constructor.getParameters();
    if (components.size() != parameters.size()) {
      return false;
    }
    for (int i = 0; i < components.size(); i++) {
      if (!components.get(i).asType().toString().equals(parameters.get(i).asType().toString())) {
        return false;
      }
    }
    return true;
  }

  private static void addAll(
      List<? extends AnnotationMirror> mirrors, Set<String> seen, List<AnnotationMirror> found) {
    for (AnnotationMirror mirror : mirrors) {
      if (seen.add(Annotations.qualifiedName(mirror))) {
        found.add(mirror);
      }
    }
  }

  public RecordComponentElement component() {
    return component;
  }

  public Optional<AnnotationMirror> find(String simpleName) {
    return Annotations.findBySimpleName(mirrors, simpleName);
  }

  public boolean has(String simpleName) {
    return find(simpleName).isPresent();
  }

  /**
   * The mirror to point a diagnostic at: the one written on the component when javac kept it
   * there, else none (the diagnostic then points at the component).
   */
  public Optional<AnnotationMirror> onComponent(AnnotationMirror mirror) {
    return component.getAnnotationMirrors().contains(mirror) ? Optional.of(mirror) : Optional.empty();
  }

  public List<AnnotationMirror> all() {
    return mirrors;
  }
}
