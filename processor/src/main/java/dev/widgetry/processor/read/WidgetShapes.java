package dev.widgetry.processor.read;

import dev.widgetry.processor.model.JsonKind;
import dev.widgetry.processor.model.ScalarKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Facts about {@code @Widget} types that other types depend on: whether a union is tagged, what a
 * record's tag is, what JSON kind a widget is written as. Read from elements, so they hold for
 * widgets compiled earlier (from class files) as well as for those being compiled.
 */
public final class WidgetShapes {
  /** The discriminator of a tagged union that names no other. */
  public static final String TYPE = "type";

  private final Annotations annotations;
  private final Map<TypeElement, JsonKind> kinds = new HashMap<>();

  public WidgetShapes(Annotations annotations) {
    this.annotations = annotations;
  }

  public static boolean isSealedInterface(TypeElement type) {
    return type.getKind() == ElementKind.INTERFACE && type.getModifiers().contains(Modifier.SEALED);
  }

  /** The component a record is written as ({@code @JsonValue}), if any. */
  public static Optional<RecordComponentElement> valueComponent(TypeElement record) {
    if (record.getKind() != ElementKind.RECORD) {
      return Optional.empty();
    }
    return valueComponent(ComponentAnnotations.ofRecord(record)).map(ComponentAnnotations::component);
  }

  /** The component a record is written as ({@code @JsonValue}), among its components' annotations. */
  static Optional<ComponentAnnotations> valueComponent(List<ComponentAnnotations> components) {
    for (ComponentAnnotations annotated : components) {
      if (annotated.has("JsonValue")) {
        return Optional.of(annotated);
      }
    }
    return Optional.empty();
  }

  /** The records of a union, through nested sealed interfaces, in {@code permits} order. */
  public static List<TypeElement> records(TypeElement union) {
    Set<TypeElement> members = new LinkedHashSet<>();
    collectMembers(union, members, new HashSet<>(), false);
    return new ArrayList<>(members);
  }

  /**
   * What a union chooses between, in {@code permits} order: a tagged union's records, through
   * nested sealed interfaces; an untagged union's records and the tagged unions it permits, each
   * of those one member (it is read by its own tag), through nested untagged interfaces.
   */
  public static List<TypeElement> members(TypeElement union) {
    Set<TypeElement> members = new LinkedHashSet<>();
    collectMembers(union, members, new HashSet<>(), !isTagged(union));
    return new ArrayList<>(members);
  }

  private static void collectMembers(
      TypeElement union, Set<TypeElement> members, Set<TypeElement> visited, boolean keepTaggedUnions) {
    if (!visited.add(union)) {
      return;
    }
    for (TypeMirror permitted : union.getPermittedSubclasses()) {
      if (permitted.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement member = (TypeElement) ((DeclaredType) permitted).asElement();
      if (member.getKind() == ElementKind.RECORD) {
        members.add(member);
      } else if (isSealedInterface(member)) {
        if (keepTaggedUnions && Annotations.isWidget(member) && isTagged(member)) {
          members.add(member);
        } else {
          collectMembers(member, members, visited, keepTaggedUnions);
        }
      }
    }
  }

  /**
   * A union is untagged when a member is written as a bare value, or when Jackson's
   * {@code @JsonTypeInfo(use = DEDUCTION)} says its members are told apart by their properties;
   * else each member carries {@code "type"}.
   */
  public static boolean isTagged(TypeElement union) {
    if (isDeduced(union)) {
      return false;
    }
    for (TypeElement member : records(union)) {
      if (valueComponent(member).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /** Whether Jackson's {@code @JsonTypeInfo(use = DEDUCTION)} is on the union. */
  static boolean isDeduced(TypeElement union) {
    for (AnnotationMirror mirror : union.getAnnotationMirrors()) {
      if (Annotations.simpleName(mirror).equals("JsonTypeInfo")) {
        AnnotationValue use = Annotations.explicitValue(mirror, "use");
        if (use != null && use.getValue() instanceof VariableElement
            && ((VariableElement) use.getValue()).getSimpleName().contentEquals("DEDUCTION")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The {@code "type"} name: {@code @Widget("...")}, or the simple name. */
  public String tagOf(TypeElement record) {
    String explicit = explicitTag(record);
    return explicit.isEmpty() ? record.getSimpleName().toString() : explicit;
  }

  /** The name {@code @Widget("...")} gives, or "". */
  public String explicitTag(TypeElement record) {
    return Annotations.findByQualifiedName(record, Annotations.WIDGET)
        .map(mirror -> annotations.stringValue(mirror, "value"))
        .orElse("");
  }

  /** What {@code @Widget(discriminator = ...)} says on a type, or "". */
  public String explicitDiscriminator(TypeElement type) {
    return Annotations.findByQualifiedName(type, Annotations.WIDGET)
        .map(mirror -> annotations.stringValue(mirror, "discriminator"))
        .orElse("");
  }

  /**
   * The property a tagged union's members write their tag in: its own {@code discriminator}, else
   * that of the nearest tagged union that permits it, else {@code "type"}. For a record, that of
   * the first tagged union it belongs to (they must agree; see {@link #directDiscriminators}).
   */
  public String discriminatorOf(TypeElement type) {
    return discriminatorOf(type, new HashSet<>());
  }

  private String discriminatorOf(TypeElement type, Set<TypeElement> visited) {
    if (!visited.add(type)) {
      return TYPE;
    }
    if (type.getKind() != ElementKind.RECORD) {
      String explicit = explicitDiscriminator(type);
      if (!explicit.isEmpty()) {
        return explicit;
      }
    }
    List<TypeElement> parents = taggedParents(type);
    return parents.isEmpty() ? TYPE : discriminatorOf(parents.get(0), visited);
  }

  /**
   * The discriminators of the tagged unions that permit a type directly, by union, in declaration
   * order: more than one distinct value is a conflict.
   */
  public Map<TypeElement, String> directDiscriminators(TypeElement type) {
    Map<TypeElement, String> discriminators = new LinkedHashMap<>();
    for (TypeElement parent : taggedParents(type)) {
      discriminators.put(parent, discriminatorOf(parent));
    }
    return discriminators;
  }

  /** The tagged sealed {@code @Widget} interfaces a type implements directly. */
  private static List<TypeElement> taggedParents(TypeElement type) {
    List<TypeElement> parents = new ArrayList<>();
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement element = (TypeElement) ((DeclaredType) parent).asElement();
      if (isSealedInterface(element) && Annotations.isWidget(element) && isTagged(element)) {
        parents.add(element);
      }
    }
    return parents;
  }

  /** The tagged sealed {@code @Widget} interfaces a record belongs to, directly or through others. */
  public static List<TypeElement> taggedUnionsOf(TypeElement record) {
    Set<TypeElement> unions = new LinkedHashSet<>();
    collectUnions(record, unions);
    List<TypeElement> tagged = new ArrayList<>();
    for (TypeElement union : unions) {
      if (isTagged(union)) {
        tagged.add(union);
      }
    }
    return tagged;
  }

  private static void collectUnions(TypeElement type, Set<TypeElement> unions) {
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement element = (TypeElement) ((DeclaredType) parent).asElement();
      if (isSealedInterface(element) && Annotations.isWidget(element) && unions.add(element)) {
        collectUnions(element, unions);
      }
    }
  }

  /** The JSON kind a widget type is written as. */
  public JsonKind kindOf(TypeElement widget) {
    JsonKind known = kinds.get(widget);
    if (known != null) {
      return known;
    }
    // Guards recursion through value records that wrap each other.
    kinds.put(widget, JsonKind.ANY);
    JsonKind kind;
    if (widget.getKind() == ElementKind.RECORD) {
      kind = valueComponent(widget).map(component -> kindOf(component.asType())).orElse(JsonKind.OBJECT);
    } else {
      kind = isTagged(widget) ? JsonKind.OBJECT : JsonKind.ANY;
    }
    kinds.put(widget, kind);
    return kind;
  }

  /** The JSON kind of a component type; a type without JSON form counts as ANY (it is reported elsewhere). */
  JsonKind kindOf(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return JsonKind.BOOLEAN;
      case CHAR:
        return JsonKind.STRING;
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case FLOAT:
      case DOUBLE:
        return JsonKind.NUMBER;
      case ARRAY:
        return JsonKind.ARRAY;
      case DECLARED:
        return kindOf((DeclaredType) type);
      default:
        return JsonKind.ANY;
    }
  }

  private JsonKind kindOf(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    ScalarKind scalar = ScalarTypes.byName(name);
    if (scalar != null) {
      return scalar.jsonKind();
    }
    switch (name) {
      case "java.util.List":
      case "java.util.Set":
        return JsonKind.ARRAY;
      case "java.util.Map":
        return JsonKind.OBJECT;
      case "java.util.Optional":
        return type.getTypeArguments().isEmpty() ? JsonKind.ANY : kindOf(type.getTypeArguments().get(0));
      case "java.util.OptionalInt":
      case "java.util.OptionalLong":
      case "java.util.OptionalDouble":
        return JsonKind.NUMBER;
      default:
        break;
    }
    if (element.getKind() == ElementKind.ENUM) {
      return JsonKind.STRING;
    }
    return Annotations.isWidget(element) ? kindOf(element) : JsonKind.ANY;
  }
}
