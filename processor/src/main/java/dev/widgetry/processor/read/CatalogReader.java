package dev.widgetry.processor.read;

import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.CatalogModel;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.schema.JsonParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an {@code @A2uiCatalog} interface into a catalog model: checks that it is a union of
 * components tagged by {@code "component"}, that each component reads the props every A2UI
 * component accepts, and finds the props that name other components.
 */
public final class CatalogReader {
  public static final String A2UI_CATALOG = "dev.widgetry.a2ui.A2uiCatalog";
  private static final String A2UI_COMPONENT = "dev.widgetry.a2ui.A2uiComponent";
  private static final String CHILD_LIST = "dev.widgetry.a2ui.ChildList";
  private static final String ACCESSIBILITY = "dev.widgetry.a2ui.AccessibilityAttributes";
  private static final String BASIC_COMPONENT = "dev.widgetry.a2ui.basic.BasicComponent";
  private static final String COMPONENT = "component";
  private static final String CATALOG_ID = "catalogId";

  private final Elements elements;
  private final Types types;
  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final WidgetShapes shapes;

  public CatalogReader(Elements elements, Types types, Diagnostics diagnostics) {
    this.elements = elements;
    this.types = types;
    this.annotations = new Annotations(elements);
    this.diagnostics = diagnostics;
    this.shapes = new WidgetShapes(annotations);
  }

  /** The catalog's model, or empty when a problem was reported. */
  public Optional<CatalogModel> read(TypeElement union) {
    AnnotationMirror catalog = Annotations.findByQualifiedName(union, A2UI_CATALOG).orElseThrow();
    if (!checkTarget(union, catalog)) {
      return Optional.empty();
    }
    int errors = diagnostics.errorCount();
    String unionName = union.getSimpleName().toString();
    boolean extendsBasic = !Boolean.FALSE.equals(annotations.value(catalog, "extendsBasic"));
    Set<String> basicTags = extendsBasic ? basicTags() : Set.of();
    List<CatalogModel.Component> components = new ArrayList<>();
    RewriteReader rewrites = new RewriteReader();
    for (TypeElement record : WidgetShapes.records(union)) {
      String tag = shapes.tagOf(record);
      if (basicTags.contains(tag)) {
        diagnostics.error(record, Message.CATALOG_NAME_CLASH, record.getSimpleName(), tag, unionName, tag);
      }
      List<ComponentAnnotations> props = ComponentAnnotations.ofRecord(record);
      checkCommonProps(record, props, unionName);
      components.add(new CatalogModel.Component(JavaNames.of(record), tag, references(record, new HashSet<>()),
          keepsCatalogId(record, props, unionName)));
      rewrites.read(record);
    }
    if (diagnostics.errorCount() != errors) {
      return Optional.empty();
    }
    List<CatalogModel.Function> functions = functions(catalog);
    Map<JavaName, CatalogModel.Extras> extras = new LinkedHashMap<>();
    WidgetShapes.records(union).forEach(record -> collectExtras(record, extras));
    functions.forEach(function -> collectExtras(elements.getTypeElement(function.record().canonicalName()), extras));
    String theme = annotations.stringValue(catalog, "theme");
    if (!theme.isEmpty()) {
      checkSchema(theme, "@A2uiCatalog(theme = ...)", unionName, union, catalog);
    }
    if (diagnostics.errorCount() != errors) {
      return Optional.empty();
    }
    String title = annotations.stringValue(catalog, "title");
    String description = annotations.stringValue(catalog, "description");
    if (description.isEmpty()) {
      description = WidgetDescriptions.of(union, annotations, Javadoc.parse(elements.getDocComment(union)));
    }
    return Optional.of(new CatalogModel(JavaNames.of(union), annotations.stringValue(catalog, "id"),
        title.isEmpty() ? unionName : title, description, extendsBasic, components, functions, theme,
        annotations.stringValue(catalog, "instructions"), extras,
        rewrites.rewrites()));
  }

  /** The records of the union {@code @A2uiCatalog(functions = ...)} names, each with its tag and return type. */
  private List<CatalogModel.Function> functions(AnnotationMirror catalog) {
    List<CatalogModel.Function> functions = new ArrayList<>();
    Object named = annotations.value(catalog, "functions");
    if (!(named instanceof DeclaredType)) {
      return functions;
    }
    TypeElement union = (TypeElement) ((DeclaredType) named).asElement();
    if (!WidgetShapes.isSealedInterface(union)) {
      return functions;
    }
    for (TypeElement record : WidgetShapes.records(union)) {
      String tag = shapes.tagOf(record);
      // A2UI's system functions ("@index") are the protocol's, in common_types.json: no catalog lists them.
      if (!tag.startsWith("@")) {
        functions.add(new CatalogModel.Function(JavaNames.of(record), tag, returnType(record)));
      }
    }
    return functions;
  }

  /** The JSON name of the one constant of a function's {@code returnType} enum, or null. */
  private String returnType(TypeElement function) {
    for (RecordComponentElement component : function.getRecordComponents()) {
      TypeMirror type = component.asType();
      if (!component.getSimpleName().contentEquals("returnType") || type.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement enumType = (TypeElement) ((DeclaredType) type).asElement();
      for (Element constant : enumType.getEnclosedElements()) {
        if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
          return Annotations.findBySimpleName(constant.getAnnotationMirrors(), "JsonProperty")
              .map(mirror -> annotations.stringValue(mirror, "value"))
              .filter(name -> !name.isEmpty())
              .orElse(constant.getSimpleName().toString());
        }
      }
    }
    return null;
  }

  /**
   * What the document needs of {@code record} and of every record its props hold: defaults, schema
   * text to merge, component references.
   */
  private void collectExtras(TypeElement record, Map<JavaName, CatalogModel.Extras> extras) {
    if (record == null || record.getKind() != ElementKind.RECORD || extras.containsKey(JavaNames.of(record))) {
      return;
    }
    extras.put(JavaNames.of(record), new CatalogModel.Extras(null, Map.of()));
    CatalogModel.SchemaText recordSchema = schemaText(record, record);
    Map<String, CatalogModel.PropExtras> props = new LinkedHashMap<>();
    for (ComponentAnnotations annotated : ComponentAnnotations.ofRecord(record)) {
      RecordComponentElement component = annotated.component();
      String defaultValue = annotated.find("JsonProperty")
          .map(mirror -> annotations.stringValue(mirror, "defaultValue"))
          .filter(text -> !text.isEmpty())
          .orElse(null);
      props.put(jsonName(annotated), new CatalogModel.PropExtras(defaultValue, schemaText(annotated.site(), annotated),
          annotated.has("ComponentRef")));
      held(component.asType(), extras);
    }
    extras.put(JavaNames.of(record), new CatalogModel.Extras(recordSchema, props));
  }

  /** Collects the extras of the records a type holds: itself, its items, its union's members. */
  private void held(TypeMirror type, Map<JavaName, CatalogModel.Extras> extras) {
    if (type.getKind() != TypeKind.DECLARED) {
      return;
    }
    DeclaredType declared = (DeclaredType) type;
    declared.getTypeArguments().forEach(argument -> held(argument, extras));
    TypeElement element = (TypeElement) declared.asElement();
    if (!Annotations.isWidget(element)) {
      return;
    }
    if (element.getKind() == ElementKind.RECORD) {
      collectExtras(element, extras);
    } else if (WidgetShapes.isSealedInterface(element)) {
      WidgetShapes.records(element).forEach(record -> collectExtras(record, extras));
    }
  }

  /** {@code @A2uiSchema} on a record or a record component, its text checked to be a JSON object; else null. */
  private CatalogModel.SchemaText schemaText(Element site, Object owner) {
    boolean component = owner instanceof ComponentAnnotations;
    List<? extends AnnotationMirror> mirrors =
        component ? ((ComponentAnnotations) owner).all() : site.getAnnotationMirrors();
    Optional<AnnotationMirror> schema = Annotations.findBySimpleName(mirrors, "A2uiSchema");
    if (schema.isEmpty()) {
      return null;
    }
    String label = site.getSimpleName().toString();
    AnnotationMirror onSite = schema.get();
    if (component) {
      RecordComponentElement element = ((ComponentAnnotations) owner).component();
      label = element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName();
      onSite = ((ComponentAnnotations) owner).onSite(schema.get()).orElse(null);
    }
    String text = annotations.stringValue(schema.get(), "value");
    Object since = annotations.value(schema.get(), "since");
    String version = since instanceof VariableElement ? ((VariableElement) since).getSimpleName().toString() : null;
    return checkSchema(text, "@A2uiSchema", label, site, onSite) ? new CatalogModel.SchemaText(text, version) : null;
  }

  /** Whether {@code text} is a JSON object; if not, an error on the annotation that holds it. */
  private boolean checkSchema(String text, String what, String label, Element site, AnnotationMirror mirror) {
    String problem;
    try {
      problem = JsonParser.parse(text) instanceof Map ? null : "it is JSON, but not an object";
    } catch (IllegalArgumentException e) {
      problem = e.getMessage().replace(" of a schema", "");
    }
    if (problem == null) {
      return true;
    }
    if (mirror == null) {
      diagnostics.error(site, Message.INVALID_A2UI_SCHEMA, what, label, problem);
    } else {
      AnnotationValue value = Annotations.explicitValue(mirror, what.startsWith("@A2uiSchema") ? "value" : "theme");
      diagnostics.error(site, mirror, value, Message.INVALID_A2UI_SCHEMA, what, label, problem);
    }
    return false;
  }

  private boolean checkTarget(TypeElement type, AnnotationMirror catalog) {
    String name = type.getSimpleName().toString();
    String problem = null;
    String fix = "";
    if (!WidgetShapes.isSealedInterface(type) || !Annotations.isWidget(type)) {
      problem = "is not a sealed @Widget interface";
      fix = "Declare the catalog's components as records that implement such an interface, and annotate it";
    } else if (!WidgetShapes.isTagged(type) || !shapes.discriminatorOf(type).equals(COMPONENT)) {
      problem = "is not tagged by \"component\"";
      fix = "Add discriminator = \"component\" to its @Widget";
    } else {
      TypeElement component = elements.getTypeElement(A2UI_COMPONENT);
      if (component == null || !types.isAssignable(type.asType(), component.asType())) {
        problem = "does not extend A2uiComponent";
        fix = "Declare it as sealed interface " + name + " extends A2uiComponent permits ...";
      }
    }
    if (problem == null) {
      return true;
    }
    diagnostics.error(type, catalog, Message.A2UI_CATALOG_TARGET, name, problem, fix);
    return false;
  }

  /** The basic catalog's component names, when it is on the class path. */
  private Set<String> basicTags() {
    Set<String> tags = new HashSet<>();
    TypeElement basic = elements.getTypeElement(BASIC_COMPONENT);
    if (basic != null) {
      WidgetShapes.records(basic).forEach(record -> tags.add(shapes.tagOf(record)));
    }
    return tags;
  }

  /** Reports each of {@code id}, {@code accessibility} and {@code weight} the record cannot read. */
  private void checkCommonProps(TypeElement record, List<ComponentAnnotations> props, String catalog) {
    boolean id = false;
    boolean accessibility = false;
    boolean weight = false;
    for (ComponentAnnotations annotated : props) {
      RecordComponentElement component = annotated.component();
      String json = jsonName(annotated);
      TypeMirror type = component.asType();
      if (json.equals("id")) {
        id = isType(type, "java.lang.String") && annotated.find("JsonProperty")
            .map(mirror -> Boolean.TRUE.equals(annotations.value(mirror, "required"))).orElse(false);
      } else if (json.equals("accessibility")) {
        accessibility = isType(type, ACCESSIBILITY);
      } else if (json.equals("weight")) {
        weight = type.getKind() == TypeKind.DOUBLE || isType(type, "java.lang.Double");
      }
    }
    String name = record.getSimpleName().toString();
    if (!id) {
      diagnostics.error(record, Message.A2UI_COMMON_PROPS, name, catalog, "a required \"id\"",
          "@JsonProperty(required = true) String id");
    }
    if (!accessibility) {
      diagnostics.error(record, Message.A2UI_COMMON_PROPS, name, catalog, "\"accessibility\"",
          "AccessibilityAttributes accessibility");
    }
    if (!weight) {
      diagnostics.error(record, Message.A2UI_COMMON_PROPS, name, catalog, "\"weight\"", "Double weight");
    }
  }

  /**
   * Whether {@code record} keeps A2UI v1.0's component {@code catalogId}: a {@code String} prop
   * named {@code catalogId} in Java and in JSON. The writer reads it through the accessor
   * ({@code A2uiComponent.catalogId()}) and the codec writes it by its JSON name, so a prop of that
   * name in one and not the other, or of another type, is an error: the component would be written
   * with two {@code catalogId} keys, or with none.
   */
  private boolean keepsCatalogId(TypeElement record, List<ComponentAnnotations> props, String catalog) {
    for (ComponentAnnotations annotated : props) {
      RecordComponentElement component = annotated.component();
      String json = jsonName(annotated);
      boolean javaName = component.getSimpleName().contentEquals(CATALOG_ID);
      if (!javaName && !json.equals(CATALOG_ID)) {
        continue;
      }
      if (javaName && json.equals(CATALOG_ID) && isType(component.asType(), "java.lang.String")) {
        return true;
      }
      diagnostics.error(annotated.site(), Message.A2UI_CATALOG_ID_PROP, record.getSimpleName(), catalog,
          component.getSimpleName(), json, component.asType());
      return false;
    }
    return false;
  }

  /** The props of {@code record} that name components, directly or in records they hold. */
  private List<CatalogModel.Reference> references(TypeElement record, Set<TypeElement> visiting) {
    List<CatalogModel.Reference> references = new ArrayList<>();
    if (!visiting.add(record)) {
      return references;
    }
    for (ComponentAnnotations annotated : ComponentAnnotations.ofRecord(record)) {
      RecordComponentElement component = annotated.component();
      String json = jsonName(annotated);
      String accessor = component.getSimpleName().toString();
      TypeMirror type = component.asType();
      if (annotated.has("ComponentRef")) {
        if (isType(type, "java.lang.String")) {
          references.add(reference(json, accessor, CatalogModel.ReferenceKind.ID, null, List.of()));
        } else if (isList(type) && isType(elementOf(type), "java.lang.String")) {
          references.add(reference(json, accessor, CatalogModel.ReferenceKind.ID_LIST, null, List.of()));
        } else {
          diagnostics.error(annotated.site(), Message.COMPONENT_REF_TYPE, record.getSimpleName() + "." + accessor,
              accessor, type);
        }
      } else if (isType(type, CHILD_LIST)) {
        references.add(reference(json, accessor, CatalogModel.ReferenceKind.CHILD_LIST, null, List.of()));
      } else {
        nestedRecord(type, json, accessor, visiting).ifPresent(references::add);
      }
    }
    visiting.remove(record);
    return references;
  }

  /** A record, or a list of records, holding references of its own. */
  private Optional<CatalogModel.Reference> nestedRecord(
      TypeMirror type, String json, String accessor, Set<TypeElement> visiting) {
    boolean list = isList(type);
    TypeMirror held = list ? elementOf(type) : type;
    if (held == null || held.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) held).asElement();
    if (element.getKind() != ElementKind.RECORD || !Annotations.isWidget(element)) {
      return Optional.empty();
    }
    List<CatalogModel.Reference> nested = references(element, visiting);
    if (nested.isEmpty()) {
      return Optional.empty();
    }
    CatalogModel.ReferenceKind kind = list ? CatalogModel.ReferenceKind.RECORD_LIST : CatalogModel.ReferenceKind.RECORD;
    return Optional.of(reference(json, accessor, kind, JavaNames.of(element), nested));
  }

  private static CatalogModel.Reference reference(String json, String accessor, CatalogModel.ReferenceKind kind,
      JavaName record, List<CatalogModel.Reference> nested) {
    return new CatalogModel.Reference(json, accessor, kind, record, nested);
  }

  private String jsonName(ComponentAnnotations annotated) {
    return JsonNames.declared(annotated.find("JsonProperty"), annotations)
        .orElse(annotated.component().getSimpleName().toString());
  }

  private static boolean isType(TypeMirror type, String qualifiedName) {
    return type != null && type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  private static boolean isList(TypeMirror type) {
    return isType(type, "java.util.List") && ((DeclaredType) type).getTypeArguments().size() == 1;
  }

  private static TypeMirror elementOf(TypeMirror list) {
    return ((DeclaredType) list).getTypeArguments().get(0);
  }
}
