package dev.widgetry.processor;

import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.CatalogModel;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.read.Annotations;
import dev.widgetry.processor.read.CatalogReader;
import dev.widgetry.processor.read.JavaNames;
import dev.widgetry.processor.write.CatalogFile;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The {@code @A2uiCatalog} half of processing: once a catalog's union and components have their
 * codecs, writes {@code <Union>Catalog} beside it.
 */
final class CatalogStage {
  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;
  private final Files files;
  private final CatalogReader reader;
  /** Whether a widget's codec was generated in this compilation. */
  private final Predicate<JavaName> generated;
  /** The catalogs written so far, by id. */
  private final Map<String, TypeElement> ids = new HashMap<>();

  CatalogStage(ProcessingEnvironment env, Diagnostics diagnostics, Files files, Predicate<JavaName> generated) {
    this.env = env;
    this.diagnostics = diagnostics;
    this.files = files;
    this.reader = new CatalogReader(env.getElementUtils(), env.getTypeUtils(), diagnostics);
    this.generated = generated;
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
    if (!generated.test(catalog.union())
        || catalog.components().stream().anyMatch(component -> !generated.test(component.record()))) {
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
    files.source(CatalogFile.of(catalog, JavaLangShadows.in(env.getElementUtils(), name.packageName())), union,
        Purpose.catalog(union));
  }
}
