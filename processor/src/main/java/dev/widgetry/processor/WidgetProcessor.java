package dev.widgetry.processor;

import com.google.auto.service.AutoService;
import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.GeneratedNames;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.read.Annotations;
import dev.widgetry.processor.read.JavaNames;
import dev.widgetry.processor.read.ModelReader;
import dev.widgetry.processor.read.UnresolvedTypeException;
import dev.widgetry.processor.schema.Json;
import dev.widgetry.processor.schema.SchemaGenerator;
import dev.widgetry.processor.schema.SchemaLibrary;
import dev.widgetry.processor.write.BuilderFile;
import dev.widgetry.processor.write.CodecFile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Widgetry's annotation processor. Each round it reads the new {@code @Widget} types into models
 * (reporting every problem on the element that caused it), then writes a codec and a schema for
 * each widget whose dependencies are sound. After the last round that produced widgets it writes
 * the compilation's registry. It never claims the annotations.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({Annotations.WIDGET, Annotations.WIDGET_BUILDER})
@SupportedOptions(Registry.OPTION)
public final class WidgetProcessor extends AbstractProcessor {
  private Diagnostics diagnostics;
  private ModelReader reader;
  private Files files;
  private Registry registry;
  private SchemaGenerator schemas;
  /** Every {@code @Widget} type this compilation has seen, by qualified name. */
  private final Set<String> seen = new HashSet<>();
  /** Widgets read without problems, in this round or earlier ones. */
  private final Map<JavaName, WidgetModel> models = new HashMap<>();
  /** Widgets that could not be read, or depend on one that could not. */
  private final Set<JavaName> failed = new HashSet<>();
  /** Widgets waiting for a type that does not exist yet, with that type. */
  private final Map<String, String> deferred = new LinkedHashMap<>();

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    diagnostics = new Diagnostics(env.getMessager());
    reader = new ModelReader(env, diagnostics, type -> seen.contains(type.getQualifiedName().toString()));
    files = new Files(env.getFiler());
    registry = new Registry(env.getElementUtils(), env.getOptions().get(Registry.OPTION));
    SchemaLibrary library = new SchemaLibrary(env.getFiler());
    schemas = new SchemaGenerator(models::get, name -> library.load(name).orElse(null));
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      reportStillDeferred();
      // javac ends processing early after an error; the build fails then, and a registry written
      // in this last round would only add a warning.
      if (registry.isPending() && !round.errorRaised()) {
        registry.write(files);
      }
      return false;
    }
    for (Element element : annotated(round, Annotations.WIDGET_BUILDER)) {
      reader.checkBuilderWithoutWidget((TypeElement) element);
    }
    Map<TypeElement, ModelReader.Result> read = readRound(round);
    generate(read);
    if (read.isEmpty() && deferred.isEmpty() && registry.isPending()) {
      registry.write(files);
    }
    return false;
  }

  /** Reads this round's new widgets and those deferred from earlier rounds. */
  private Map<TypeElement, ModelReader.Result> readRound(RoundEnvironment round) {
    Map<String, TypeElement> candidates = new LinkedHashMap<>();
    for (String name : deferred.keySet()) {
      TypeElement element = processingEnv.getElementUtils().getTypeElement(name);
      if (element != null) {
        candidates.put(name, element);
      }
    }
    deferred.clear();
    for (Element element : annotated(round, Annotations.WIDGET)) {
      if (element instanceof TypeElement) {
        candidates.putIfAbsent(((TypeElement) element).getQualifiedName().toString(), (TypeElement) element);
      }
    }
    seen.addAll(candidates.keySet());
    Map<TypeElement, ModelReader.Result> results = new LinkedHashMap<>();
    for (Map.Entry<String, TypeElement> candidate : candidates.entrySet()) {
      TypeElement element = candidate.getValue();
      try {
        Optional<ModelReader.Result> result = reader.read(element);
        if (result.isPresent()) {
          results.put(element, result.get());
          models.put(result.get().model().name(), result.get().model());
        } else {
          failed.add(JavaNames.of(element));
        }
      } catch (UnresolvedTypeException e) {
        deferred.put(candidate.getKey(), e.type());
      } catch (RuntimeException e) {
        failed.add(JavaNames.of(element));
        diagnostics.error(element, Message.INTERNAL_ERROR, element.getQualifiedName(), describe(e));
      }
    }
    return results;
  }

  private Set<? extends Element> annotated(RoundEnvironment round, String annotation) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
    return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
  }

  /**
   * Writes a codec and a schema for each widget whose dependencies all have, or will have, codecs;
   * a widget that depends on a failed or deferred one is skipped without a message of its own.
   */
  private void generate(Map<TypeElement, ModelReader.Result> read) {
    Set<JavaName> blocked = blockedWidgets(read);
    for (Map.Entry<TypeElement, ModelReader.Result> entry : read.entrySet()) {
      TypeElement element = entry.getKey();
      WidgetModel model = entry.getValue().model();
      if (blocked.contains(model.name())) {
        continue;
      }
      try {
        Set<String> shadowed = JavaLangShadows.in(processingEnv.getElementUtils(), model.name().packageName());
        files.source(CodecFile.of(model, shadowed), element);
        if (model instanceof WidgetModel.RecordWidget && ((WidgetModel.RecordWidget) model).builder()) {
          files.source(BuilderFile.of((WidgetModel.RecordWidget) model, shadowed), element);
        }
        files.resource(model.name(), GeneratedNames.schemaResource(model.name()), Json.print(schemas.document(model)), element);
        registry.add(model.name(), element);
      } catch (RuntimeException e) {
        diagnostics.error(element, Message.INTERNAL_ERROR, element.getQualifiedName(), describe(e));
      }
    }
  }

  /** The exception and where it was thrown, enough for a bug report. */
  private static String describe(RuntimeException e) {
    StackTraceElement[] trace = e.getStackTrace();
    return trace.length == 0 ? e.toString() : e + " at " + trace[0];
  }

  private Set<JavaName> blockedWidgets(Map<TypeElement, ModelReader.Result> read) {
    Set<JavaName> unavailable = new HashSet<>(failed);
    for (String name : deferred.keySet()) {
      TypeElement element = processingEnv.getElementUtils().getTypeElement(name);
      if (element != null) {
        unavailable.add(JavaNames.of(element));
      }
    }
    Set<JavaName> blocked = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<TypeElement, ModelReader.Result> entry : read.entrySet()) {
        JavaName name = entry.getValue().model().name();
        if (blocked.contains(name)) {
          continue;
        }
        for (JavaName dependency : entry.getValue().dependencies()) {
          if (unavailable.contains(dependency) || blocked.contains(dependency)) {
            blocked.add(name);
            changed = true;
            break;
          }
        }
      }
    }
    return blocked;
  }

  private void reportStillDeferred() {
    for (Map.Entry<String, String> entry : deferred.entrySet()) {
      TypeElement element = processingEnv.getElementUtils().getTypeElement(entry.getKey());
      if (element != null) {
        diagnostics.error(element, Message.UNRESOLVED_TYPE, element.getSimpleName(), entry.getValue(), element.getSimpleName());
      }
    }
    deferred.clear();
  }
}
