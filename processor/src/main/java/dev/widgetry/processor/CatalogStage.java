package dev.widgetry.processor;

import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.CatalogModel;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.read.Annotations;
import dev.widgetry.processor.read.CatalogReader;
import dev.widgetry.processor.read.JavaNames;
import dev.widgetry.processor.schema.CatalogDocument;
import dev.widgetry.processor.schema.Json;
import dev.widgetry.processor.schema.SchemaLibrary;
import dev.widgetry.processor.write.CatalogFile;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The {@code @A2uiCatalog} half of processing: once a catalog's union and components have their
 * codecs, writes {@code <Union>Catalog} beside it, and the catalog's document
 * ({@code <Union>.a2ui-catalog.json}), with the basic catalog's components and functions first
 * when it extends that one.
 */
final class CatalogStage {
  private static final String BASIC_PACKAGE = "dev.widgetry.a2ui.basic";
  private static final String BASIC_DOCUMENT = "BasicComponent.a2ui-catalog.json";

  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;
  private final Files files;
  private final CatalogReader reader;
  private final WidgetStage widgets;
  private final SchemaLibrary library;
  /** The catalogs written so far, by id. */
  private final Map<String, TypeElement> ids = new HashMap<>();

  CatalogStage(ProcessingEnvironment env, Diagnostics diagnostics, Files files, WidgetStage widgets) {
    this.env = env;
    this.diagnostics = diagnostics;
    this.files = files;
    this.reader = new CatalogReader(env.getElementUtils(), env.getTypeUtils(), diagnostics);
    this.widgets = widgets;
    this.library = new SchemaLibrary(env.getFiler());
  }

  void process(RoundEnvironment round) {
    for (Element element : Rounds.annotated(env, round, CatalogReader.A2UI_CATALOG)) {
      if (!(element instanceof TypeElement)) {
        continue;
      }
      TypeElement union = (TypeElement) element;
      try {
        reader.read(union).ifPresent(catalog -> write(union, catalog));
      } catch (Throwable e) {
        if (!Failures.recoverable(e)) {
          throw e;
        }
        diagnostics.error(union, Message.INTERNAL_ERROR, union.getQualifiedName(), Failures.describe(e));
      }
    }
  }

  private void write(TypeElement union, CatalogModel catalog) {
    // A union or component that did not get its codec has had its error reported already.
    if (!widgets.generated(catalog.union())
        || catalog.components().stream().anyMatch(component -> !widgets.generated(component.record()))) {
      return;
    }
    TypeElement earlier = ids.putIfAbsent(catalog.id(), union);
    if (earlier != null) {
      Annotations.findByQualifiedName(union, CatalogReader.A2UI_CATALOG).ifPresent(mirror ->
          diagnostics.error(union, mirror, Annotations.explicitValue(mirror, "id"), Message.DUPLICATE_CATALOG_ID,
              earlier.getSimpleName(), union.getSimpleName(), catalog.id()));
      return;
    }
    JavaName name = JavaNames.of(union);
    Map<String, Object> parent = null;
    if (catalog.extendsBasic()) {
      parent = library.load(BASIC_PACKAGE, BASIC_DOCUMENT).orElse(null);
      if (parent == null) {
        diagnostics.error(union, Message.MISSING_BASIC_CATALOG, union.getSimpleName(), BASIC_PACKAGE.replace('.', '/')
            + "/" + BASIC_DOCUMENT);
        return;
      }
    }
    if (files.source(CatalogFile.of(catalog, widgets.shadows().in(name.packageName())), union,
        Purpose.catalog(union))) {
      files.resource(name, CatalogFile.documentResource(name), Json.print(CatalogDocument.of(catalog, widgets::model,
          parent)), union);
    }
  }
}
