package dev.widgetry.processor.read;

import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.ActionHandler;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.WidgetModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The read stage: turns a {@code @Widget} element into its model, or reports why it cannot. Each
 * element is read on its own, so one bad widget does not hide the problems of the next.
 */
public final class ModelReader {
  /** A type name; a leading {@code @} marks a protocol's system name, as A2UI v1.0's {@code "@index"} call. */
  private static final Pattern TYPE_NAME = Pattern.compile("@?[A-Za-z0-9._\\-]+");

  private final Elements elements;
  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final RecordReader records;
  private final UnionReader unions;
  private final HandlerReader handlers;
  private final DiscriminatorChecks discriminators;

  /** A widget's model, and the widget types its codec calls. */
  public record Result(WidgetModel model, Set<JavaName> dependencies) {}

  /**
   * @param compiledNow whether a {@code @Widget} type is part of this compilation
   * @param models the model of a {@code @Widget} type, read in this compilation or, quietly, from
   *     its class file; for action payloads
   */
  public ModelReader(
      ProcessingEnvironment env,
      Diagnostics diagnostics,
      Predicate<TypeElement> compiledNow,
      Function<TypeElement, Optional<WidgetModel>> models) {
    this.elements = env.getElementUtils();
    this.annotations = new Annotations(elements);
    this.diagnostics = diagnostics;
    WidgetShapes shapes = new WidgetShapes(annotations);
    ConstraintReader constraints = new ConstraintReader(annotations, diagnostics);
    TypeReader types =
        new TypeReader(elements, diagnostics, constraints, new EnumReader(elements, annotations, diagnostics), shapes, compiledNow);
    this.records = new RecordReader(elements, annotations, diagnostics, types, constraints, shapes);
    this.unions = new UnionReader(elements, annotations, diagnostics, shapes);
    this.discriminators = new DiscriminatorChecks(diagnostics, shapes);
    this.handlers = new HandlerReader(elements, env.getTypeUtils(), annotations, diagnostics, types, constraints, models);
  }

  /**
   * The {@code @OnAction} methods of one class as a handler, or empty when a problem was reported.
   *
   * @throws UnresolvedTypeException when a payload or return type does not exist yet
   */
  public Optional<HandlerResult> readHandler(TypeElement handler, List<ExecutableElement> methods) {
    Set<JavaName> dependencies = new TreeSet<>();
    return handlers.read(handler, methods, dependencies).map(model -> new HandlerResult(model, dependencies));
  }

  /** A handler's model, and the widget types its table calls the codecs of. */
  public record HandlerResult(ActionHandler model, Set<JavaName> dependencies) {}

  /**
   * The element's model, or empty when a problem was reported.
   *
   * @throws UnresolvedTypeException when it refers to a type that does not exist yet
   */
  public Optional<Result> read(TypeElement element) {
    AnnotationMirror widget = Annotations.findByQualifiedName(element, Annotations.WIDGET).orElseThrow();
    if (!checkKind(element, widget)) {
      return Optional.empty();
    }
    ResolvedTypes.requireWidget(element);
    int errors = diagnostics.errorCount();
    checkDeclaration(element, widget);
    Set<JavaName> dependencies = new TreeSet<>();
    WidgetModel model =
        element.getKind() == ElementKind.RECORD
            ? records.read(element, dependencies)
            : unions.read(element, dependencies);
    if (model == null || diagnostics.errorCount() != errors) {
      return Optional.empty();
    }
    return Optional.of(new Result(model, dependencies));
  }

  private boolean checkKind(TypeElement element, AnnotationMirror widget) {
    String name = element.getSimpleName().toString();
    switch (element.getKind()) {
      case RECORD:
        return true;
      case INTERFACE:
        if (WidgetShapes.isSealedInterface(element)) {
          return true;
        }
        diagnostics.error(element, widget, Message.WIDGET_ON_OPEN_INTERFACE, name, name);
        return false;
      case ENUM:
        diagnostics.error(element, widget, Message.WIDGET_ON_ENUM, name);
        return false;
      case ANNOTATION_TYPE:
        diagnostics.error(element, widget, Message.WIDGET_ON_ANNOTATION, name);
        return false;
      default:
        diagnostics.error(element, widget, Message.WIDGET_ON_CLASS, name, name);
        return false;
    }
  }

  private void checkDeclaration(TypeElement element, AnnotationMirror widget) {
    String name = element.getSimpleName().toString();
    if (!element.getTypeParameters().isEmpty()) {
      String parameters = element.getTypeParameters().stream()
          .map(parameter -> parameter.getSimpleName().toString())
          .collect(Collectors.joining(", "));
      diagnostics.error(element, widget, Message.GENERIC_WIDGET, name, parameters);
    }
    String obstacle = Access.obstacle(element, Access.packageOf(element));
    if (obstacle != null) {
      diagnostics.error(element, widget, Message.INACCESSIBLE_WIDGET, name, obstacle);
    }
    if (element.getKind() != ElementKind.RECORD) {
      Annotations.findByQualifiedName(element, Annotations.WIDGET_BUILDER).ifPresent(builder ->
          diagnostics.error(element, builder, Message.BUILDER_WITHOUT_RECORD, name, "a union", name));
    }
    discriminators.check(element, widget);
    AnnotationValue tag = Annotations.explicitValue(widget, "value");
    if (tag != null) {
      String text = (String) tag.getValue();
      String problem = text.isBlank() ? "it is blank" : TYPE_NAME.matcher(text).matches() ? null : "it has characters other than letters, digits and . _ -";
      if (!text.isEmpty() && problem != null) {
        diagnostics.error(element, widget, tag, Message.INVALID_TYPE_NAME, text, name, problem, name);
      }
    }
  }

  /** Reports {@code @WidgetBuilder} on a type that is not a {@code @Widget} at all. */
  public void checkBuilderWithoutWidget(TypeElement element) {
    if (!Annotations.isWidget(element)) {
      AnnotationMirror builder = Annotations.findByQualifiedName(element, Annotations.WIDGET_BUILDER).orElseThrow();
      String name = element.getSimpleName().toString();
      diagnostics.error(element, builder, Message.BUILDER_WITHOUT_RECORD, name, "not a @Widget", name);
    }
  }
}
