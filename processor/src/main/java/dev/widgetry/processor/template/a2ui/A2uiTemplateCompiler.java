package dev.widgetry.processor.template.a2ui;

import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.template.a2ui.DataModel.Place;
import dev.widgetry.processor.template.file.Problem;
import dev.widgetry.processor.template.file.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Compiles one A2UI component file bound to a {@code @Widget} record, without javac: reads the
 * file, checks its catalog, then every component and binding from {@code root} down, and plans the
 * class to write.
 */
public final class A2uiTemplateCompiler {
  /** What compiling gives: the problems, and, when there are none, what to write. */
  public record Output(List<Problem> problems, A2uiTemplateFile.Plan plan) {}

  private final A2uiCatalogTypes catalog;
  private final Function<JavaName, WidgetModel> models;

  /** @param models the model of a {@code @Widget} type by name, or null: the record's nested types */
  public A2uiTemplateCompiler(A2uiCatalogTypes catalog, Function<JavaName, WidgetModel> models) {
    this.catalog = catalog;
    this.models = models;
  }

  public Output compile(SourceText source, WidgetModel.RecordWidget record, JavaName template) {
    List<Problem> problems = new ArrayList<>();
    A2uiFile file = A2uiFileReader.read(source, problems);
    if (file == null) {
      return new Output(problems, null);
    }
    if (file.catalogId() != null && !file.catalogId().equals(catalog.id())) {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_CATALOG, file.catalogIdAt().value().offset(),
          file.catalogIdAt().pointer(), file.catalogId(), catalog.id()));
      return new Output(problems, null);
    }
    DataModel data = new DataModel(name -> name.equals(record.name()) ? record : models.apply(name));
    Place root = data.root(record.name());
    ComponentChecker components = new ComponentChecker(catalog, new Bindings(data, root, problems), problems);
    new SurfaceChecker(components, problems).check(file.components(), root);
    return problems.isEmpty()
        ? new Output(problems, new A2uiTemplateFile.Plan(template, record.name(), source.path(), file))
        : new Output(problems, null);
  }
}
