package dev.widgetry.processor;

import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.A2uiVersionNames;
import dev.widgetry.processor.model.CatalogModel;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.read.Annotations;
import dev.widgetry.processor.read.CatalogReader;
import dev.widgetry.processor.read.JavaNames;
import dev.widgetry.processor.schema.CatalogDocument;
import dev.widgetry.processor.schema.CatalogPrompt;
import dev.widgetry.processor.schema.RenderSchema;
import dev.widgetry.processor.schema.SchemaLibrary;
import dev.widgetry.processor.schema.VersionProps;
import dev.widgetry.processor.write.CatalogFile;
import dev.widgetry.schema.internal.JsonPrinter;
import dev.widgetry.schema.internal.StrictSchema;
import dev.widgetry.schema.internal.ToolDefinition;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The {@code @A2uiCatalog} half of processing: once a catalog's union and components have their
 * codecs, writes {@code <Union>Catalog} beside it, and the catalog's documents, v0.9's
 * ({@code <Union>.a2ui-catalog.json}) and v1.0's ({@code <Union>.a2ui-catalog.v1_0.json}), with
 * the basic catalog's components and functions first when it extends that one; and what a model needs to render its surfaces: the strict render
 * schema ({@code <Union>.a2ui-render.strict.schema.json}), a tool taking it
 * ({@code <Union>.a2ui-render.tool.json}) and the prompt text ({@code <Union>.a2ui-prompt.txt}), and
 * each of them for v1.0 ({@code <Union>.a2ui-render.v1_0.strict.schema.json}, ...).
 */
final class CatalogStage {
  private static final String BASIC_PACKAGE = "dev.widgetry.a2ui.basic";
  private static final String BASIC_DOCUMENT = "BasicComponent.a2ui-catalog.json";
  private static final String BASIC_DOCUMENT_V1 = "BasicComponent.a2ui-catalog.v1_0.json";
  private static final String BASIC_RENDER = RenderSchema.resource("BasicComponent");
  private static final String BASIC_RENDER_V1 = RenderSchema.resourceV1("BasicComponent");
  /** The name of every catalog's render tool: a model is offered one catalog at a time. */
  private static final String TOOL_NAME = "render_a2ui_surface";

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
    Map<String, Object> parentV1 = null;
    Map<String, Object> basicRender = null;
    Map<String, Object> basicRenderV1 = null;
    if (catalog.extendsBasic()) {
      // One error, for the first resource missing: a class path without widgetry-a2ui lacks all four.
      parent = basic(union, BASIC_DOCUMENT);
      parentV1 = parent == null ? null : basic(union, BASIC_DOCUMENT_V1);
      basicRender = parentV1 == null ? null : basic(union, BASIC_RENDER);
      basicRenderV1 = basicRender == null ? null : basic(union, BASIC_RENDER_V1);
      if (basicRenderV1 == null) {
        return;
      }
    }
    if (files.source(CatalogFile.of(catalog, widgets.shadows().in(name.packageName())), union,
        Purpose.catalog(union))) {
      Map<String, Object> document = CatalogDocument.of(catalog, widgets::model, parent);
      files.resource(name, CatalogFile.documentResource(name), JsonPrinter.print(document), union);
      Map<String, Object> documentV1 = CatalogDocument.v1(catalog, widgets::model, parentV1);
      files.resource(name, CatalogFile.documentResourceV1(name), JsonPrinter.print(documentV1), union);
      writeForModels(union, catalog, document, basicRender);
      writeForModelsV1(union, catalog, documentV1, basicRenderV1);
    }
  }

  /** A resource of the basic catalog's compilation, or null when it is missing (an error reported). */
  private Map<String, Object> basic(TypeElement union, String resource) {
    Map<String, Object> loaded = library.load(BASIC_PACKAGE, resource).orElse(null);
    if (loaded == null) {
      diagnostics.error(union, Message.MISSING_BASIC_CATALOG, union.getSimpleName(),
          BASIC_PACKAGE.replace('.', '/') + "/" + resource);
    }
    return loaded;
  }

  /**
   * What a model needs to render surfaces of the catalog: the strict render schema, a tool whose
   * parameters it is, and the prompt text, all from the records behind the document.
   */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private void writeForModels(
      TypeElement union, CatalogModel catalog, Map<String, Object> document, Map<String, Object> basicRender) {
    JavaName name = JavaNames.of(union);
    Map<String, Object> components = VersionProps.leaveOut(
        StrictSchema.of(widgets.schemas().document(widgets.model(catalog.union()))), catalog.union(), widgets::model,
        basicRender, A2uiVersionNames.V0_9);
    Map<String, Object> theme = (Map<String, Object>) ((Map<String, Object>) document.get("$defs")).get("theme");
    Map<String, Object> render = RenderSchema.of(catalog.id(), name.simpleName(), components, theme, basicRender);
    files.resource(name, RenderSchema.resource(name.nestedName()), JsonPrinter.print(render), union);
    Map<String, Object> tool = ToolDefinition.of(TOOL_NAME, "Shows the user a user interface: A2UI surfaces of the"
        + " catalog " + catalog.id() + ".", render);
    files.resource(name, RenderSchema.toolResource(name.nestedName()), JsonPrinter.print(tool), union);
    files.resource(name, CatalogPrompt.resource(name.nestedName()), CatalogPrompt.of(document), union);
  }

  /** The same for A2UI v1.0, from the v1.0 document and the props v1.0 has. */
  private void writeForModelsV1(
      TypeElement union, CatalogModel catalog, Map<String, Object> documentV1, Map<String, Object> basicRenderV1) {
    JavaName name = JavaNames.of(union);
    Map<String, Object> components = VersionProps.leaveOut(
        StrictSchema.of(widgets.schemas().document(widgets.model(catalog.union()))), catalog.union(), widgets::model,
        basicRenderV1, A2uiVersionNames.V1_0);
    String id = (String) documentV1.get("catalogId");
    Map<String, Object> render = RenderSchema.v1(id, name.simpleName(), components, basicRenderV1);
    files.resource(name, RenderSchema.resourceV1(name.nestedName()), JsonPrinter.print(render), union);
    Map<String, Object> tool = ToolDefinition.of(TOOL_NAME, "Shows the user a user interface: A2UI v1.0 surfaces of"
        + " the catalog " + id + ".", render);
    files.resource(name, RenderSchema.toolResourceV1(name.nestedName()), JsonPrinter.print(tool), union);
    files.resource(name, CatalogPrompt.resourceV1(name.nestedName()), CatalogPrompt.v1(documentV1), union);
  }
}
