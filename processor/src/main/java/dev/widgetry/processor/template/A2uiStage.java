package dev.widgetry.processor.template;

import com.palantir.javapoet.JavaFile;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.read.ComponentAnnotations;
import dev.widgetry.processor.template.a2ui.A2uiCatalogTypes;
import dev.widgetry.processor.template.a2ui.A2uiTemplateCompiler;
import dev.widgetry.processor.template.a2ui.A2uiTemplateFile;
import dev.widgetry.processor.template.file.Problem;
import dev.widgetry.processor.template.file.SourceText;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * {@code @WidgetTemplate} naming an A2UI component file ({@code .json}) rather than a {@code .widget}
 * one: the file is checked against the basic catalog's records and the bound record, and compiled
 * into {@code RTemplate.messages(...)}.
 */
final class A2uiStage {
  private static final String BASIC_ID = "https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json";

  private final Elements elements;
  private final Function<JavaName, WidgetModel> models;
  private final Function<String, Set<String>> shadows;
  private Optional<A2uiCatalogTypes> catalog;

  A2uiStage(Elements elements, Function<JavaName, WidgetModel> models, Function<String, Set<String>> shadows) {
    this.elements = elements;
    this.models = models;
    this.shadows = shadows;
  }

  /** Whether a declared path names an A2UI component file: any {@code .json} file. */
  static boolean isA2uiFile(String path) {
    return path.endsWith(".json");
  }

  /**
   * Compiles {@code source} bound to {@code record}.
   *
   * @param report takes the file's problems
   * @param write writes the generated class, with its role for a name error
   * @param noCatalog reports that the basic catalog is not on the class path
   */
  void compile(SourceText source, WidgetModel.RecordWidget record, JavaName template, Consumer<List<Problem>> report,
      BiConsumer<JavaFile, String> write, Runnable noCatalog) {
    Optional<A2uiCatalogTypes> loaded = catalog();
    if (loaded.isEmpty()) {
      noCatalog.run();
      return;
    }
    A2uiTemplateCompiler.Output output = new A2uiTemplateCompiler(loaded.get(), models).compile(source, record,
        template);
    report.accept(output.problems());
    if (output.plan() != null) {
      write.accept(A2uiTemplateFile.of(output.plan(), shadows.apply(template.packageName())),
          "the template class of " + source.path());
    }
  }

  private Optional<A2uiCatalogTypes> catalog() {
    if (catalog == null) {
      catalog = A2uiCatalogTypes.load(BASIC_ID, A2uiCatalogTypes.BASIC,
          name -> Optional.ofNullable(models.apply(name)), this::componentRef);
    }
    return catalog;
  }

  private boolean componentRef(JavaName record, String component) {
    TypeElement type = elements.getTypeElement(record.canonicalName());
    if (type == null) {
      return false;
    }
    for (RecordComponentElement element : type.getRecordComponents()) {
      if (element.getSimpleName().contentEquals(component)) {
        return ComponentAnnotations.of(element).has("ComponentRef");
      }
    }
    return false;
  }
}
