package dev.widgetry.processor;

import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.read.Annotations;
import dev.widgetry.processor.read.WidgetShapes;
import dev.widgetry.processor.write.PathsFile;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Which records get typed data-binding paths ({@code <Record>Paths}): every {@code @Widget} record
 * written as an object, when A2UI's {@code RecordPath} is on the class path, except the records of
 * a union tagged by another property than {@code "type"} (components and function calls are not
 * data) and A2UI's own.
 */
final class BindingPaths {
  private static final String RECORD_PATH = "dev.widgetry.a2ui.RecordPath";
  private static final String LIBRARY = "dev.widgetry.a2ui";

  private final Elements elements;
  private final WidgetShapes shapes;
  private final Predicate<TypeElement> compiledNow;
  private Boolean enabled;

  BindingPaths(Elements elements, Predicate<TypeElement> compiledNow) {
    this.elements = elements;
    this.shapes = new WidgetShapes(new Annotations(elements));
    this.compiledNow = compiledNow;
  }

  /** Whether the compilation can see {@code RecordPath}. */
  boolean enabled() {
    if (enabled == null) {
      enabled = elements.getTypeElement(RECORD_PATH) != null;
    }
    return enabled;
  }

  /** Whether a {@code @Widget} record of this compilation gets its paths. */
  boolean eligible(TypeElement record) {
    if (record.getKind() != ElementKind.RECORD || WidgetShapes.valueComponent(record).isPresent()) {
      return false;
    }
    String pkg = elements.getPackageOf(record).getQualifiedName().toString();
    if (pkg.equals(LIBRARY) || pkg.startsWith(LIBRARY + ".")) {
      return false;
    }
    for (TypeElement union : WidgetShapes.taggedUnionsOf(record)) {
      if (!shapes.discriminatorOf(union).equals(WidgetShapes.TYPE)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a widget has paths: generated in this compilation, or by the one that compiled it. */
  boolean hasPaths(JavaName widget) {
    TypeElement type = elements.getTypeElement(widget.canonicalName());
    if (type == null) {
      return false;
    }
    if (compiledNow.test(type)) {
      return eligible(type);
    }
    return elements.getTypeElement(PathsFile.name(widget).canonicalName()) != null;
  }
}
