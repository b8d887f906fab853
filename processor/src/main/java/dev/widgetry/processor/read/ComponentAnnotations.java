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
  private final Element site;
  private final List<AnnotationMirror> mirrors;

  private ComponentAnnotations(RecordComponentElement component, Element site, List<AnnotationMirror> mirrors) {
    this.component = component;
    this.site = site;
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
    return new ComponentAnnotations(component, field(component).orElse(component), List.copyOf(found));
  }

  private static Optional<Element> field(RecordComponentElement component) {
    for (Element member : component.getEnclosingElement().getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && member.getSimpleName().equals(component.getSimpleName())) {
        return Optional.of(member);
      }
    }
    return Optional.empty();
  }

  /** The component itself first, so diagnostics point at what the user wrote. */
  private static List<Element> hosts(RecordComponentElement component) {
    List<Element> hosts = new ArrayList<>();
    hosts.add(component);
    if (component.getAccessor() != null) {
      hosts.add(component.getAccessor());
    }
    field(component).ifPresent(hosts::add);
    TypeElement record = (TypeElement) component.getEnclosingElement();
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
   * Where diagnostics about the component go: its field. javac 17 knows no source position for a
   * record component or its accessor, but it does for the field, whose tree is the component's.
   */
  public Element site() {
    return site;
  }

  /**
   * The same annotation as it appears on {@link #site()}, so a diagnostic can point at it; empty
   * when the annotation's target kept it off the field.
   */
  public Optional<AnnotationMirror> onSite(AnnotationMirror mirror) {
    String name = Annotations.qualifiedName(mirror);
    for (AnnotationMirror candidate : site.getAnnotationMirrors()) {
      if (Annotations.qualifiedName(candidate).equals(name)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  public List<AnnotationMirror> all() {
    return mirrors;
  }
}
