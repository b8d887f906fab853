package dev.widgetry.processor;

import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.GeneratedNames;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonKind;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.read.Annotations;
import dev.widgetry.processor.read.JavaNames;
import dev.widgetry.processor.read.ModelReader;
import dev.widgetry.processor.read.UnresolvedTypeException;
import dev.widgetry.processor.schema.SchemaGenerator;
import dev.widgetry.processor.schema.SchemaLibrary;
import dev.widgetry.processor.write.BuilderFile;
import dev.widgetry.processor.write.CodecFile;
import dev.widgetry.processor.write.PathsFile;
import dev.widgetry.schema.internal.JsonPrinter;
import dev.widgetry.schema.internal.StrictSchema;
import dev.widgetry.schema.internal.ToolDefinition;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The {@code @Widget} half of processing. Each round it reads the new widgets (and those waiting
 * for a type from an earlier round) into models, then writes a codec, a schema and, when asked, a
 * builder for each widget whose dependencies are sound.
 */
final class WidgetStage {
  private final ProcessingEnvironment env;
  private final Elements elements;
  private final Diagnostics diagnostics;
  private final Files files;
  private final Registry registry;
  private final ModelReader reader;
  /** Reads widgets compiled elsewhere, to learn their shape, without reporting. */
  private final ModelReader quiet;
  private final SchemaGenerator schemas;
  private final BindingPaths paths;
  private final JavaLangShadows shadows;
  /** Every {@code @Widget} type this compilation has seen, by qualified name. */
  private final Set<String> seen = new HashSet<>();
  /** Widgets read without problems, in this round or earlier ones. */
  private final Map<JavaName, WidgetModel> models = new HashMap<>();
  /** Widgets that could not be read. */
  private final Set<JavaName> failed = new HashSet<>();
  /** Widgets waiting for a type that does not exist yet, with that type. */
  private final Map<String, String> deferred = new LinkedHashMap<>();

  WidgetStage(ProcessingEnvironment env, Diagnostics diagnostics, Files files, Registry registry,
      JavaLangShadows shadows) {
    this.env = env;
    this.shadows = shadows;
    this.elements = env.getElementUtils();
    this.diagnostics = diagnostics;
    this.files = files;
    this.registry = registry;
    this.quiet = new ModelReader(env, new Diagnostics(new QuietMessager()), this::isCompiledNow, type -> Optional.empty());
    this.reader = new ModelReader(env, diagnostics, this::isCompiledNow,
        type -> Optional.ofNullable(models.get(JavaNames.of(type))).or(() -> quietModel(quiet, type)));
    SchemaLibrary library = new SchemaLibrary(env.getFiler());
    this.schemas = new SchemaGenerator(models::get, library::part);
    this.paths = new BindingPaths(elements, this::isCompiledNow);
  }

  ModelReader reader() {
    return reader;
  }

  /**
   * The model of a {@code @Widget} type: read in this compilation, or quietly from its class file;
   * empty when it has problems (reported where it is compiled) or is not read yet.
   */
  Optional<WidgetModel> model(TypeElement type) {
    WidgetModel model = models.get(JavaNames.of(type));
    return model != null ? Optional.of(model) : isCompiledNow(type) ? Optional.empty() : quietModel(quiet, type);
  }

  /** Reads and writes this round's widgets. */
  void process(RoundEnvironment round) {
    for (Element element : Rounds.annotated(env, round, Annotations.WIDGET_BUILDER)) {
      reader.checkBuilderWithoutWidget((TypeElement) element);
    }
    Map<String, TypeElement> candidates = Rounds.candidates(env, deferred.keySet(), round, Annotations.WIDGET);
    deferred.clear();
    seen.addAll(candidates.keySet());
    Map<TypeElement, ModelReader.Result> read = new LinkedHashMap<>();
    for (Map.Entry<String, TypeElement> candidate : candidates.entrySet()) {
      TypeElement element = candidate.getValue();
      try {
        Optional<ModelReader.Result> result = reader.read(element);
        if (result.isPresent()) {
          read.put(element, result.get());
          models.put(result.get().model().name(), result.get().model());
        } else {
          failed.add(JavaNames.of(element));
        }
      } catch (UnresolvedTypeException e) {
        deferred.put(candidate.getKey(), e.type());
      } catch (Throwable e) {
        if (!Failures.recoverable(e)) {
          throw e;
        }
        failed.add(JavaNames.of(element));
        diagnostics.error(element, Message.INTERNAL_ERROR, element.getQualifiedName(), Failures.describe(e));
      }
    }
    generate(read);
  }

  /** The model of a widget read in this compilation, or null. */
  WidgetModel model(JavaName widget) {
    return models.get(widget);
  }

  /** Whether a widget's codec was generated in this compilation. */
  boolean generated(JavaName widget) {
    return models.containsKey(widget) && !failed.contains(widget);
  }

  /** Whether no widget waits for a later round. */
  boolean idle() {
    return deferred.isEmpty();
  }

  /**
   * Widgets that have no codec and will not get one this compilation: those that failed, and
   * those still waiting for a type.
   */
  Set<JavaName> unavailable() {
    Set<JavaName> unavailable = new HashSet<>(failed);
    for (String name : deferred.keySet()) {
      TypeElement element = elements.getTypeElement(name);
      if (element != null) {
        unavailable.add(JavaNames.of(element));
      }
    }
    return unavailable;
  }

  void reportStillDeferred() {
    Rounds.reportStillDeferred(elements, diagnostics, deferred, "codec");
  }

  private boolean isCompiledNow(TypeElement type) {
    return seen.contains(type.getQualifiedName().toString());
  }

  /**
   * The schema's part: the widget's own definitions, referring to the widgets it reaches by name.
   * The runtime assembles the document from the parts, and derives its strict flavour and, for an
   * object record, the tool definition from that, so each widget's definitions are written once
   * rather than once for every widget that reaches it, three times over. A value record written as
   * an object also gets its tool definition here: its schema's root description may be its
   * component's, and the tool's is the record's own.
   */
  private void writeSchemas(WidgetModel model, TypeElement element) {
    JavaName name = model.name();
    files.resource(name, GeneratedNames.schemaResource(name), JsonPrinter.print(schemas.part(model)), element);
    if (model.kind() == JsonKind.OBJECT && model instanceof WidgetModel.RecordWidget
        && ((WidgetModel.RecordWidget) model).valueRecord()) {
      Map<String, Object> strict = StrictSchema.of(schemas.document(model));
      Map<String, Object> tool = ToolDefinition.of(ToolDefinition.nameOfType(name.simpleName()), model.description(), strict);
      files.resource(name, GeneratedNames.toolResource(name), JsonPrinter.print(tool), element);
    }
  }

  SchemaGenerator schemas() {
    return schemas;
  }

  /** The java.lang names each package shadows, for every stage's generated code. */
  JavaLangShadows shadows() {
    return shadows;
  }

  private static Optional<WidgetModel> quietModel(ModelReader quiet, TypeElement type) {
    if (!Annotations.isWidget(type)) {
      return Optional.empty();
    }
    try {
      return quiet.read(type).map(ModelReader.Result::model);
    } catch (UnresolvedTypeException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes a codec and a schema for each widget whose dependencies all have, or will have, codecs;
   * a widget that depends on a failed or deferred one is skipped without a message of its own.
   */
  private void generate(Map<TypeElement, ModelReader.Result> read) {
    Map<JavaName, Set<JavaName>> dependencies = new LinkedHashMap<>();
    read.values().forEach(result -> dependencies.put(result.model().name(), result.dependencies()));
    Set<JavaName> blocked = Rounds.blocked(dependencies, unavailable());
    for (Map.Entry<TypeElement, ModelReader.Result> entry : read.entrySet()) {
      TypeElement element = entry.getKey();
      WidgetModel model = entry.getValue().model();
      if (blocked.contains(model.name())) {
        failed.add(model.name());
        continue;
      }
      try {
        Set<String> shadowed = shadows.in(model.name().packageName());
        if (!files.source(CodecFile.of(model, shadowed), element, Purpose.codec(element))) {
          failed.add(model.name());
          continue;
        }
        if (model instanceof WidgetModel.RecordWidget && ((WidgetModel.RecordWidget) model).builder()) {
          files.source(BuilderFile.of((WidgetModel.RecordWidget) model, shadowed), element, Purpose.builder(element));
        }
        if (model instanceof WidgetModel.RecordWidget && paths.enabled() && paths.eligible(element)) {
          files.source(PathsFile.of((WidgetModel.RecordWidget) model, shadowed, paths::hasPaths), element,
              Purpose.paths(element));
        }
        writeSchemas(model, element);
        registry.addWidget(model.name(), element);
      } catch (Throwable e) {
        if (!Failures.recoverable(e)) {
          throw e;
        }
        diagnostics.error(element, Message.INTERNAL_ERROR, element.getQualifiedName(), Failures.describe(e));
      }
    }
  }
}
