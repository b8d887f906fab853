package dev.widgetry.processor.template;

import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.template.check.Catalog;
import dev.widgetry.processor.template.check.TemplateChecker;
import dev.widgetry.processor.template.data.DataBinding;
import dev.widgetry.processor.template.data.DataRecords;
import dev.widgetry.processor.template.data.DataType;
import dev.widgetry.processor.template.data.RecordConformance;
import dev.widgetry.processor.template.data.SchemaReader;
import dev.widgetry.processor.template.file.Problem;
import dev.widgetry.processor.template.file.SourceText;
import dev.widgetry.processor.template.file.WidgetFile;
import dev.widgetry.processor.template.file.WidgetFileReader;
import dev.widgetry.processor.template.preview.PreviewCheck;
import dev.widgetry.processor.template.shape.ShapeException;
import dev.widgetry.processor.template.shape.Separators;
import dev.widgetry.processor.template.shape.Structurer;
import dev.widgetry.processor.template.shape.Value;
import dev.widgetry.processor.template.syntax.Node;
import dev.widgetry.processor.template.syntax.TemplateParser;
import dev.widgetry.processor.template.syntax.TemplateSyntaxException;
import dev.widgetry.processor.template.write.TemplateFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Compiles one {@code .widget} file, without javac: reads the file and its schema, parses the
 * template, reads the JSON it spells out, checks it on every path against the data and the catalog,
 * and plans the Java to write. Each step reports what it finds in the file's terms; a step whose
 * input is broken stops the ones after it.
 */
public final class TemplateCompiler {
  /** What compiling gives: the problems, and, when there is no error, what to write. */
  public record Output(List<Problem> problems, DataRecords.Plan data, TemplateFile.Plan template) {
    public boolean failed() {
      return problems.stream().anyMatch(problem -> !problem.warning());
    }
  }

  private final Catalog catalog;
  private final TemplateChecker checker;

  public TemplateCompiler(Catalog catalog, TemplateChecker checker) {
    this.catalog = catalog;
    this.checker = checker;
  }

  /** A file whose data record is generated, named {@code record}. */
  public Output generated(SourceText source, JavaName record, JavaName template) {
    List<Problem> problems = new ArrayList<>();
    Parsed parsed = parse(source, record.simpleName(), problems);
    if (parsed == null) {
      return new Output(problems, null, null);
    }
    String description = "The data of " + source.path() + " (" + parsed.file().name() + ")";
    DataRecords.Plan plan = DataRecords.plan(parsed.schema(), record, description);
    return check(parsed, plan.binding(), plan, record, template, problems);
  }

  /** A file bound to the user's {@code record}, whose models (and those of its nested records) {@code models} gives. */
  public Output bound(SourceText source, WidgetModel.RecordWidget record, Function<JavaName, WidgetModel> models,
      JavaName template) {
    List<Problem> problems = new ArrayList<>();
    Parsed parsed = parse(source, record.name().simpleName(), problems);
    if (parsed == null) {
      return new Output(problems, null, null);
    }
    DataBinding binding = RecordConformance.bind(parsed.schema(), record, models, problems);
    if (binding == null) {
      return new Output(problems, null, null);
    }
    return check(parsed, binding, null, record.name(), template, problems);
  }

  private record Parsed(WidgetFile file, DataType.ObjectType schema, Value root) {}

  private Parsed parse(SourceText source, String rootName, List<Problem> problems) {
    WidgetFile file = WidgetFileReader.read(source, problems);
    if (file == null) {
      return null;
    }
    DataType.ObjectType schema = SchemaReader.read(file.jsonSchema(), rootName, problems);
    String template = file.template().value();
    List<Node> nodes;
    try {
      nodes = TemplateParser.parse(template);
    } catch (TemplateSyntaxException e) {
      problems.add(e.unsupported()
          ? Problem.error(Message.TEMPLATE_UNSUPPORTED, file.templateOffset(e.pos()), e.getMessage())
          : Problem.error(Message.TEMPLATE_SYNTAX, file.templateOffset(e.pos()), e.getMessage()));
      return null;
    }
    Value root;
    try {
      root = Structurer.read(nodes, template.length());
    } catch (ShapeException e) {
      problems.add(e.unsupported()
          ? Problem.error(Message.TEMPLATE_UNSUPPORTED, file.templateOffset(e.pos()), e.getMessage())
          : Problem.error(Message.TEMPLATE_NOT_JSON, file.templateOffset(e.pos()), e.getMessage()));
      return null;
    }
    for (Map.Entry<Integer, String> separator : Separators.check(root).entrySet()) {
      problems.add(Problem.error(Message.TEMPLATE_NOT_JSON, file.templateOffset(separator.getKey()), separator.getValue()));
    }
    return schema == null || !problems.isEmpty() ? null : new Parsed(file, schema, root);
  }

  private Output check(Parsed parsed, DataBinding binding, DataRecords.Plan data, JavaName record, JavaName template,
      List<Problem> problems) {
    TemplateChecker.Result result = checker.check(parsed.root(), parsed.schema(), binding, parsed.file()::templateOffset);
    problems.addAll(result.problems());
    if (result.failed()) {
      return new Output(problems, null, null);
    }
    PreviewCheck.check(parsed.file(), parsed.root()).ifPresent(problems::add);
    TemplateFile.Plan plan = new TemplateFile.Plan(template, record, parsed.file().source().path(), parsed.file().name(),
        parsed.root(), result.attribution(), parsed.schema(), binding, catalog::model);
    return new Output(problems, data, plan);
  }
}
