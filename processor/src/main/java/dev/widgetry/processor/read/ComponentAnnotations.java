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
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

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

  /**
   * The annotations of each of {@code record}'s components, in order. The record's members are read
   * once for all of them: javac builds its list of them afresh on every call.
   */
  public static List<ComponentAnnotations> ofRecord(TypeElement record) {
    RecordMembers members = new RecordMembers(record);
    List<ComponentAnnotations> all = new ArrayList<>(members.components.size());
    for (int i = 0; i < members.components.size(); i++) {
      all.add(of(members.components.get(i), i, members));
    }
    return all;
  }

  public static ComponentAnnotations of(RecordComponentElement component) {
    RecordMembers members = new RecordMembers((TypeElement) component.getEnclosingElement());
    return of(component, members.components.indexOf(component), members);
  }

  private static ComponentAnnotations of(RecordComponentElement component, int index, RecordMembers members) {
    Set<String> seen = new LinkedHashSet<>();
    List<AnnotationMirror> found = new ArrayList<>();
    Optional<Element> field = members.field(component);
    for (Element host : hosts(component, index, field, members)) {
      addAll(host.getAnnotationMirrors(), seen, found);
    }
    addAll(component.asType().getAnnotationMirrors(), seen, found);
    ExecutableElement accessor = component.getAccessor();
    if (accessor != null) {
      addAll(accessor.getReturnType().getAnnotationMirrors(), seen, found);
    }
    return new ComponentAnnotations(component, field.orElse(component), List.copyOf(found));
  }

  /** The component itself first, so diagnostics point at what the user wrote. */
  private static List<Element> hosts(
      RecordComponentElement component, int index, Optional<Element> field, RecordMembers members) {
    List<Element> hosts = new ArrayList<>();
    hosts.add(component);
    if (component.getAccessor() != null) {
      hosts.add(component.getAccessor());
    }
    field.ifPresent(hosts::add);
    for (List<? extends VariableElement> parameters : members.canonicalParameters) {
      if (index >= 0 && index < parameters.size()) {
        hosts.add(parameters.get(index));
      }
    }
    return hosts;
  }

  /** What the components' annotations are looked up in: the record's fields and canonical constructor. */
  private static final class RecordMembers {
    private final List<? extends RecordComponentElement> components;
    private final List<Element> fields = new ArrayList<>();
    private final List<List<? extends VariableElement>> canonicalParameters = new ArrayList<>();

    RecordMembers(TypeElement record) {
      components = record.getRecordComponents();
      for (Element member : record.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD) {
          fields.add(member);
        } else if (member.getKind() == ElementKind.CONSTRUCTOR
            && isCanonical((ExecutableElement) member, components)) {
          canonicalParameters.add(((ExecutableElement) member).getParameters());
        }
      }
    }

    Optional<Element> field(RecordComponentElement component) {
      for (Element field : fields) {
        if (field.getSimpleName().equals(component.getSimpleName())) {
          return Optional.of(field);
        }
      }
      return Optional.empty();
    }
  }

  private static boolean isCanonical(ExecutableElement constructor, List<? extends RecordComponentElement> components) {
    List<? extends VariableElement> parameters = constructor.getParameters();
    if (components.size() != parameters.size()) {
      return false;
    }
    for (int i = 0; i < components.size(); i++) {
      if (!sameType(components.get(i).asType(), parameters.get(i).asType())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether two types are the same, compared by their parts rather than by their texts (which
   * javac builds afresh for each call, once a component for every component of a record).
   */
  private static boolean sameType(TypeMirror a, TypeMirror b) {
    if (a.getKind() != b.getKind()) {
      return false;
    }
    switch (a.getKind()) {
      case DECLARED:
        List<? extends TypeMirror> argumentsA = ((DeclaredType) a).getTypeArguments();
        List<? extends TypeMirror> argumentsB = ((DeclaredType) b).getTypeArguments();
        if (!((DeclaredType) a).asElement().equals(((DeclaredType) b).asElement())
            || argumentsA.size() != argumentsB.size()) {
          return false;
        }
        for (int i = 0; i < argumentsA.size(); i++) {
          if (!sameType(argumentsA.get(i), argumentsB.get(i))) {
            return false;
          }
        }
        return true;
      case ARRAY:
        return sameType(((ArrayType) a).getComponentType(), ((ArrayType) b).getComponentType());
      case TYPEVAR:
        return ((TypeVariable) a).asElement().equals(((TypeVariable) b).asElement());
      default:
        return a.getKind().isPrimitive() || a.toString().equals(b.toString());
    }
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
