package dev.widgetry.processor.read;

import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonKind;
import dev.widgetry.processor.model.WidgetModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads a sealed {@code @Widget} interface into a union, and checks that its members can be told
 * apart: by distinct names in its discriminator ({@code "type"} unless it says otherwise) when
 * tagged, by JSON kind (and, for objects, by property names) when untagged.
 */
final class UnionReader {
  private final Elements elements;
  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final WidgetShapes shapes;

  UnionReader(Elements elements, Annotations annotations, Diagnostics diagnostics, WidgetShapes shapes) {
    this.elements = elements;
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.shapes = shapes;
  }

  /** The union's model, or null when a problem was reported. */
  WidgetModel.UnionWidget read(TypeElement union, Set<JavaName> dependencies) {
    int errors = diagnostics.errorCount();
    checkPermitted(union, new HashSet<>());
    if (diagnostics.errorCount() != errors) {
      return null;
    }
    String discriminator = WidgetShapes.isTagged(union) ? shapes.discriminatorOf(union) : null;
    List<WidgetModel.UnionMember> members = new ArrayList<>();
    for (TypeElement member : WidgetShapes.members(union)) {
      if (member.getKind() == ElementKind.RECORD) {
        members.add(new WidgetModel.UnionMember(JavaNames.of(member), shapes.tagOf(member), shapes.kindOf(member),
            propertyNames(member), version(member, RecordReader.A2UI_SINCE), version(member, RecordReader.A2UI_UNTIL)));
      } else {
        members.add(new WidgetModel.UnionMember(
            JavaNames.of(member), member.getSimpleName().toString(), JsonKind.OBJECT, nestedUnionNames(member)));
      }
      dependencies.add(JavaNames.of(member));
    }
    if (discriminator != null) {
      checkTags(union, members, discriminator);
    } else {
      checkKinds(union, members);
    }
    if (diagnostics.errorCount() != errors) {
      return null;
    }
    String description = WidgetDescriptions.of(union, annotations, Javadoc.parse(elements.getDocComment(union)));
    return new WidgetModel.UnionWidget(JavaNames.of(union), description, discriminator, members);
  }

  /** The {@code A2uiVersion} constant of {@code annotation} ({@code @A2uiSince}, {@code @A2uiUntil}) on a record, or null. */
  private String version(TypeElement record, String annotation) {
    return Annotations.findByQualifiedName(record, annotation)
        .map(mirror -> annotations.constantName(mirror, "value"))
        .orElse(null);
  }

  /**
   * The names an object of a tagged union that an untagged one permits is known by: its
   * discriminator, and the names every one of its records has.
   */
  private List<String> nestedUnionNames(TypeElement nested) {
    List<String> names = new ArrayList<>();
    names.add(shapes.discriminatorOf(nested));
    List<String> shared = null;
    for (TypeElement record : WidgetShapes.records(nested)) {
      List<String> own = propertyNames(record);
      if (shared == null) {
        shared = new ArrayList<>(own);
      } else {
        shared.retainAll(own);
      }
    }
    if (shared != null) {
      shared.removeAll(names);
      names.addAll(shared);
    }
    return names;
  }

  /** Every permitted subtype is a {@code @Widget} record, or a sealed {@code @Widget} interface of them. */
  private void checkPermitted(TypeElement union, Set<TypeElement> visited) {
    if (!visited.add(union)) {
      return;
    }
    for (TypeMirror permitted : union.getPermittedSubclasses()) {
      if (permitted.getKind() == TypeKind.ERROR) {
        throw new UnresolvedTypeException(permitted.toString());
      }
      TypeElement member = (TypeElement) ((DeclaredType) permitted).asElement();
      boolean record = member.getKind() == ElementKind.RECORD;
      boolean sealedInterface = WidgetShapes.isSealedInterface(member);
      if (!record && !sealedInterface) {
        diagnostics.error(member, Message.UNION_MEMBER_NOT_RECORD, member.getSimpleName(),
            union.getSimpleName(), kindWord(member));
      } else if (!Annotations.isWidget(member)) {
        diagnostics.error(member, Message.UNION_MEMBER_NOT_WIDGET, member.getSimpleName(),
            union.getSimpleName(), member.getSimpleName());
      } else if (sealedInterface) {
        checkPermitted(member, visited);
      }
    }
  }

  private void checkTags(TypeElement union, List<WidgetModel.UnionMember> members, String discriminator) {
    String what = discriminator.equals(WidgetShapes.TYPE) ? "type name" : "\"" + discriminator + "\" name";
    Map<String, WidgetModel.UnionMember> byTag = new LinkedHashMap<>();
    for (WidgetModel.UnionMember member : members) {
      WidgetModel.UnionMember clash = byTag.putIfAbsent(member.tag(), member);
      if (clash != null) {
        TypeElement element = elements.getTypeElement(member.name().canonicalName());
        Optional<AnnotationMirror> widget = Annotations.findByQualifiedName(element, Annotations.WIDGET);
        Object[] args = {clash.name().nestedName(), member.name().nestedName(), union.getSimpleName(), what,
            member.tag()};
        if (widget.isPresent() && Annotations.explicitValue(widget.get(), "value") != null) {
          diagnostics.error(element, widget.get(), Annotations.explicitValue(widget.get(), "value"),
              Message.DUPLICATE_TYPE_NAME, args);
        } else {
          diagnostics.error(element, Message.DUPLICATE_TYPE_NAME, args);
        }
      }
    }
  }

  /**
   * Untagged members must differ in JSON kind. Objects may share the kind when none has only
   * property names another also has: the parser picks the member whose properties it sees.
   */
  private void checkKinds(TypeElement union, List<WidgetModel.UnionMember> members) {
    for (int i = 0; i < members.size(); i++) {
      for (int j = 0; j < i; j++) {
        WidgetModel.UnionMember first = members.get(j);
        WidgetModel.UnionMember second = members.get(i);
        if (overlap(first, second)) {
          diagnostics.error(union, ambiguity(union), union.getSimpleName(),
              first.name().nestedName(), second.name().nestedName(), describe(first.kind(), second.kind()));
          return;
        }
      }
    }
  }

  /**
   * The message whose fix applies: what makes this union untagged ({@code @JsonValue} members,
   * Jackson's DEDUCTION, or both) is what to undo for it to be tagged.
   */
  private static Message ambiguity(TypeElement union) {
    if (!WidgetShapes.isDeduced(union)) {
      return Message.AMBIGUOUS_UNTAGGED_UNION;
    }
    boolean valueMembers = WidgetShapes.records(union).stream()
        .anyMatch(member -> WidgetShapes.valueComponent(member).isPresent());
    return valueMembers ? Message.AMBIGUOUS_DEDUCED_VALUE_UNION : Message.AMBIGUOUS_DEDUCED_UNION;
  }

  private static boolean overlap(WidgetModel.UnionMember a, WidgetModel.UnionMember b) {
    if (a.kind() == JsonKind.ANY || b.kind() == JsonKind.ANY) {
      return true;
    }
    if (a.kind() != b.kind()) {
      return false;
    }
    if (a.kind() != JsonKind.OBJECT || a.properties().isEmpty() || b.properties().isEmpty()) {
      return true;
    }
    return a.properties().containsAll(b.properties()) || b.properties().containsAll(a.properties());
  }

  private static String describe(JsonKind a, JsonKind b) {
    JsonKind shared = a == JsonKind.ANY ? b : a;
    return shared == JsonKind.OBJECT ? "objects whose property names do not tell them apart" : shared.description();
  }

  /** JSON property names of an object record; empty for value records and objects of unknown shape. */
  private List<String> propertyNames(TypeElement record) {
    List<String> names = new ArrayList<>();
    List<ComponentAnnotations> components = ComponentAnnotations.ofRecord(record);
    if (WidgetShapes.valueComponent(components).isPresent()) {
      return names;
    }
    for (ComponentAnnotations annotated : components) {
      RecordComponentElement component = annotated.component();
      names.add(JsonNames.declared(annotated.find("JsonProperty"), annotations)
          .orElse(component.getSimpleName().toString()));
    }
    return names;
  }

  private static String kindWord(TypeElement type) {
    switch (type.getKind()) {
      case ENUM:
        return "an enum";
      case INTERFACE:
        return "an interface that is not sealed";
      default:
        return "a class";
    }
  }
}
