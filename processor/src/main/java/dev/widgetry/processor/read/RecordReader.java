package dev.widgetry.processor.read;

import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.TypeUse;
import dev.widgetry.processor.model.WidgetModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads a {@code @Widget} record into the model, reporting every problem it finds on the way. */
final class RecordReader {
  private static final Set<String> NON_NULL = Set.of("NotNull", "NonNull", "Nonnull");
  static final String A2UI_SINCE = "dev.widgetry.a2ui.A2uiSince";
  static final String A2UI_UNTIL = "dev.widgetry.a2ui.A2uiUntil";
  static final String A2UI_BINDABLE_SINCE = "dev.widgetry.a2ui.A2uiBindableSince";
  /** The types whose props {@code @A2uiBindableSince} marks: a literal, a binding or a call. */
  private static final Set<String> DYNAMIC = Set.of(
      "dev.widgetry.a2ui.DynamicString", "dev.widgetry.a2ui.DynamicNumber", "dev.widgetry.a2ui.DynamicBoolean");

  private final Elements elements;
  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final TypeReader types;
  private final ConstraintReader constraints;
  private final WidgetShapes shapes;

  RecordReader(
      Elements elements,
      Annotations annotations,
      Diagnostics diagnostics,
      TypeReader types,
      ConstraintReader constraints,
      WidgetShapes shapes) {
    this.elements = elements;
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.types = types;
    this.constraints = constraints;
    this.shapes = shapes;
  }

  /** The record's model, or null when a problem was reported. */
  WidgetModel.RecordWidget read(TypeElement record, Set<JavaName> dependencies) {
    int errors = diagnostics.errorCount();
    JavaName name = JavaNames.of(record);
    Javadoc javadoc = Javadoc.parse(elements.getDocComment(record));
    List<ComponentAnnotations> components = ComponentAnnotations.ofRecord(record);
    boolean valueRecord = checkValueComponent(record, components);
    String tag = tagOf(record, valueRecord);
    String discriminator = tag == null ? null : shapes.discriminatorOf(record);

    List<Property> properties = new ArrayList<>();
    Map<String, RecordComponentElement> byJsonName = new LinkedHashMap<>();
    for (ComponentAnnotations annotated : components) {
      RecordComponentElement component = annotated.component();
      Property property = property(record, annotated, javadoc, dependencies, valueRecord);
      if (property == null) {
        continue;
      }
      RecordComponentElement clash = byJsonName.putIfAbsent(property.jsonName(), component);
      if (clash != null) {
        diagnostics.error(annotated.site(), Message.DUPLICATE_JSON_NAME, clash.getSimpleName(),
            component.getSimpleName(), record.getSimpleName(), property.jsonName());
      } else if (tag != null && property.jsonName().equals(discriminator)) {
        diagnostics.error(annotated.site(), Message.RESERVED_TYPE_PROPERTY, component.getSimpleName(),
            record.getSimpleName(), discriminator, record.getSimpleName(), tagReason(record, tag));
      }
      properties.add(property);
    }
    String since = memberVersion(record, A2UI_SINCE, tag);
    String until = memberVersion(record, A2UI_UNTIL, tag);
    if (diagnostics.errorCount() != errors) {
      return null;
    }
    String description = WidgetDescriptions.of(record, annotations, javadoc);
    boolean builder = Annotations.findByQualifiedName(record, Annotations.WIDGET_BUILDER).isPresent();
    return new WidgetModel.RecordWidget(name, description, tag, discriminator, valueRecord, properties, builder,
        since, until);
  }

  /**
   * The {@code A2uiVersion} constant of {@code @A2uiSince} or {@code @A2uiUntil} ({@code annotation}) on
   * the record itself, or null. Only a tagged union's member can exist in some versions only: a union
   * reads an absent version's tag as unknown. A catalog's component cannot, since the catalog reads
   * its components by its own tag table and documents them for every version.
   */
  private String memberVersion(TypeElement record, String annotation, String tag) {
    Optional<AnnotationMirror> found = Annotations.findByQualifiedName(record, annotation);
    if (found.isEmpty()) {
      return null;
    }
    String version = annotations.constantName(found.get(), "value");
    String simpleName = annotation.substring(annotation.lastIndexOf('.') + 1);
    List<TypeElement> unions = WidgetShapes.taggedUnionsOf(record);
    if (tag == null || unions.isEmpty()) {
      diagnostics.error(record, found.get(), Message.A2UI_VERSIONED_NOT_MEMBER, simpleName, version,
          record.getSimpleName(), simpleName, record.getSimpleName());
    } else {
      unions.stream()
          .filter(union -> Annotations.findByQualifiedName(union, CatalogReader.A2UI_CATALOG).isPresent())
          .findFirst()
          .ifPresent(catalog -> diagnostics.error(record, found.get(), Message.A2UI_VERSIONED_COMPONENT, simpleName,
              version, record.getSimpleName(), catalog.getSimpleName(), simpleName));
    }
    return version;
  }

  private Property property(
      TypeElement record,
      ComponentAnnotations annotated,
      Javadoc javadoc,
      Set<JavaName> dependencies,
      boolean valueRecord) {
    RecordComponentElement component = annotated.component();
    String javaName = component.getSimpleName().toString();
    String label = record.getSimpleName() + "." + javaName;
    String jsonName = jsonName(annotated, javaName);
    if (jsonName == null) {
      return null;
    }
    TypeReader.Context context =
        new TypeReader.Context(annotated.site(), label, "Component " + label, Access.packageOf(record), dependencies);
    JsonType type = types.readTopLevel(component.asType(), context);
    if (type == null) {
      return null;
    }
    TypeUse typeUse = constraints.withConstraints(type, annotated.all(), ConstraintReader.Site.of(annotated), label);
    boolean formField = annotated.has("FormField");
    // A form field is sent by the page whenever the form is: present unless declared Optional.
    boolean required = valueRecord || isRequired(type, annotated)
        || (formField && !(type instanceof JsonType.OptionalOf));
    String since = version(annotated, A2UI_SINCE, Message.A2UI_SINCE_REQUIRED, label, required);
    String until = version(annotated, A2UI_UNTIL, Message.A2UI_UNTIL_REQUIRED, label, required);
    return new Property(javaName, jsonName, typeUse, required, description(annotated, javadoc, javaName), formField,
        since, until, bindableSince(annotated, type, label));
  }

  /**
   * The {@code A2uiVersion} constant of {@code @A2uiBindableSince}, or null; only a prop of a dynamic
   * type can hold a literal in some versions and a binding in others.
   */
  private String bindableSince(ComponentAnnotations annotated, JsonType type, String label) {
    Optional<AnnotationMirror> found = annotated.all().stream()
        .filter(mirror -> Annotations.qualifiedName(mirror).equals(A2UI_BINDABLE_SINCE))
        .findFirst();
    if (found.isEmpty()) {
      return null;
    }
    String version = annotations.constantName(found.get(), "value");
    if (!(type instanceof JsonType.WidgetRef) || !DYNAMIC.contains(((JsonType.WidgetRef) type).name().canonicalName())) {
      diagnostics.error(annotated.site(), annotated.onSite(found.get()).orElse(found.get()),
          Message.A2UI_BINDABLE_TYPE, version, label, TypeWords.describe(type), label);
    }
    return version;
  }

  /**
   * The {@code A2uiVersion} constant of {@code @A2uiSince} or {@code @A2uiUntil} ({@code annotation}),
   * or null; a required prop cannot have one, since the other versions' messages could not carry it.
   */
  private String version(
      ComponentAnnotations annotated, String annotation, Message whenRequired, String label, boolean required) {
    Optional<AnnotationMirror> found = annotated.all().stream()
        .filter(mirror -> Annotations.qualifiedName(mirror).equals(annotation))
        .findFirst();
    if (found.isEmpty()) {
      return null;
    }
    String version = annotations.constantName(found.get(), "value");
    if (required) {
      AnnotationMirror onSite = annotated.onSite(found.get()).orElse(found.get());
      diagnostics.error(annotated.site(), onSite, whenRequired, label, version, label);
    }
    return version;
  }

  private boolean isRequired(JsonType type, ComponentAnnotations annotated) {
    if (type instanceof JsonType.Scalar && ((JsonType.Scalar) type).primitive()) {
      return true;
    }
    if (type instanceof JsonType.OptionalOf) {
      return false;
    }
    for (String name : NON_NULL) {
      if (annotated.has(name)) {
        return true;
      }
    }
    if (ConstraintReader.impliesRequired(annotated.all())) {
      return true;
    }
    return annotated.find("JsonProperty")
        .map(mirror -> Boolean.TRUE.equals(annotations.value(mirror, "required")))
        .orElse(false);
  }

  private String jsonName(ComponentAnnotations annotated, String javaName) {
    Optional<AnnotationMirror> jsonProperty = annotated.find("JsonProperty");
    Optional<String> declared = JsonNames.declared(jsonProperty, annotations);
    if (declared.isEmpty()) {
      return javaName;
    }
    String name = declared.get();
    Optional<AnnotationMirror> onSite = annotated.onSite(jsonProperty.get());
    if (name.isBlank()) {
      report(annotated, onSite, Message.BLANK_JSON_NAME, javaName, javaName);
      return null;
    }
    String problem = JsonNames.problem(name);
    if (problem != null) {
      report(annotated, onSite, Message.INVALID_JSON_NAME, javaName, name, problem);
      return null;
    }
    return name;
  }

  private void report(
      ComponentAnnotations annotated, Optional<AnnotationMirror> onSite, Message message, Object... args) {
    if (onSite.isPresent()) {
      AnnotationValue value = Annotations.explicitValue(onSite.get(), "value");
      diagnostics.error(annotated.site(), onSite.get(), value, message, args);
    } else {
      diagnostics.error(annotated.site(), message, args);
    }
  }

  private String description(ComponentAnnotations annotated, Javadoc javadoc, String javaName) {
    return annotated.find("JsonPropertyDescription")
        .map(mirror -> annotations.stringValue(mirror, "value"))
        .filter(text -> !text.isBlank())
        .orElse(javadoc.param(javaName));
  }

  /** Checks {@code @JsonValue}: it makes a record one value, so the record has one component. */
  private boolean checkValueComponent(TypeElement record, List<ComponentAnnotations> components) {
    Optional<ComponentAnnotations> value = WidgetShapes.valueComponent(components);
    if (value.isEmpty()) {
      return false;
    }
    int count = components.size();
    if (count != 1) {
      diagnostics.error(value.get().site(), Message.JSON_VALUE_NOT_SOLE,
          record.getSimpleName() + "." + value.get().component().getSimpleName(), record.getSimpleName(), count);
      return false;
    }
    return true;
  }

  /**
   * The name a record writes first: when it belongs to a tagged union, or when {@code @Widget("...")}
   * names it. A record written as a bare value has none.
   */
  private String tagOf(TypeElement record, boolean valueRecord) {
    if (valueRecord) {
      return null;
    }
    boolean named = !shapes.explicitTag(record).isEmpty();
    return named || !WidgetShapes.taggedUnionsOf(record).isEmpty() ? shapes.tagOf(record) : null;
  }

  private String tagReason(TypeElement record, String tag) {
    List<TypeElement> unions = WidgetShapes.taggedUnionsOf(record);
    return unions.isEmpty()
        ? "@Widget names it \"" + tag + "\""
        : "it belongs to union " + unions.get(0).getSimpleName();
  }
}
