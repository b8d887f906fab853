package dev.widgetry.processor.template;

import com.palantir.javapoet.JavaFile;
import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.HandledAction;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.read.Annotations;
import dev.widgetry.processor.read.JavaNames;
import dev.widgetry.processor.template.check.Catalog;
import dev.widgetry.processor.template.check.TemplateChecker;
import dev.widgetry.processor.template.data.Names;
import dev.widgetry.processor.template.file.Problem;
import dev.widgetry.processor.template.file.SourceText;
import dev.widgetry.processor.template.write.DataRecordFile;
import dev.widgetry.processor.template.write.TemplateFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The Widget Builder template half of processing: {@code @WidgetTemplates} on a package or type
 * and {@code @WidgetTemplate} on a {@code @Widget} record. Each named {@code .widget} file is found,
 * compiled by {@link TemplateCompiler}, and written as a data record (when generated) and a
 * template class; every problem is reported on the annotation value that names the file.
 */
public final class TemplateStage {
  /** The processor option that lists more folders to look for {@code .widget} files in. */
  public static final String OPTION = "widgetry.templates";

  public static final String TEMPLATES = "dev.widgetry.annotations.WidgetTemplates";
  static final String TEMPLATE = "dev.widgetry.annotations.WidgetTemplate";

  private final Elements elements;
  private final Diagnostics diagnostics;
  private final Sources sources;
  private final Function<TypeElement, Optional<WidgetModel>> models;
  private final Function<String, Set<String>> shadows;
  private final Supplier<Map<String, HandledAction>> handled;
  private final TemplateResources resources;
  /** Records with {@code @WidgetTemplate} whose model was not read yet, by qualified name. */
  private final Map<String, TypeElement> waiting = new LinkedHashMap<>();
  private Optional<Catalog> catalog;
  private final A2uiStage a2ui;

  /** Writes generated sources. */
  @FunctionalInterface
  public interface Sources {
    /**
     * Writes a source for {@code origin}; false when its name is taken (reported).
     *
     * @param role what the type is for, in an error about its name: "the template class of widgets/x.widget"
     * @param otherFix how the user keeps a type of theirs that has the name
     */
    boolean write(JavaFile file, Element origin, String role, String otherFix);
  }

  /**
   * @param sources writes a generated source for an element
   * @param models the model of a {@code @Widget} type, read in this compilation or from its class file
   * @param shadows the {@code java.lang} names a package shadows
   * @param handled the action types the compilation's {@code @OnAction} methods handle
   */
  public TemplateStage(ProcessingEnvironment env, Diagnostics diagnostics, Sources sources,
      Function<TypeElement, Optional<WidgetModel>> models, Function<String, Set<String>> shadows,
      Supplier<Map<String, HandledAction>> handled) {
    this.elements = env.getElementUtils();
    this.diagnostics = diagnostics;
    this.sources = sources;
    this.models = models;
    this.shadows = shadows;
    this.handled = handled;
    this.resources = new TemplateResources(env.getFiler(), env.getOptions().get(OPTION));
    this.a2ui = new A2uiStage(elements, this::model, shadows);
  }

  /** Compiles this round's templates. */
  public void process(RoundEnvironment round) {
    for (Element element : annotated(round, TEMPLATES)) {
      generated(element);
    }
    for (Element element : annotated(round, TEMPLATE)) {
      if (element instanceof TypeElement) {
        waiting.put(((TypeElement) element).getQualifiedName().toString(), (TypeElement) element);
      }
    }
    for (TypeElement record : new ArrayList<>(waiting.values())) {
      if (bound(record)) {
        waiting.remove(record.getQualifiedName().toString());
      }
    }
  }

  private Set<? extends Element> annotated(RoundEnvironment round, String annotation) {
    TypeElement type = elements.getTypeElement(annotation);
    return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
  }

  /** {@code @WidgetTemplates}: a data record and a template class per file. */
  private void generated(Element element) {
    AnnotationMirror mirror = Annotations.findByQualifiedName(element, TEMPLATES).orElseThrow();
    String packageName = packageOf(element);
    AnnotationValue values = Annotations.explicitValue(mirror, "value");
    if (values == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> paths = (List<? extends AnnotationValue>) values.getValue();
    for (AnnotationValue value : paths) {
      String path = (String) value.getValue();
      Site site = new Site(element, mirror, value, path);
      if (A2uiStage.isA2uiFile(path)) {
        diagnostics.error(element, mirror, value, Message.A2UI_TEMPLATE_RECORD, path, path);
        continue;
      }
      try {
        String base = Names.upperCamel(baseName(path));
        if (!Names.isUsable(base)) {
          diagnostics.error(element, mirror, value, Message.TEMPLATE_FILE_NAME, path, "\"" + base + "\"");
          continue;
        }
        JavaName record = new JavaName(packageName, List.of(base));
        compile(site, (compiler, source) -> compiler.generated(source, record, record.sibling("Template")));
      } catch (RuntimeException e) {
        diagnostics.error(element, mirror, value, Message.INTERNAL_ERROR, path, describe(e));
      }
    }
  }

  /** {@code @WidgetTemplate}: a template class for the user's record; false to try again next round. */
  private boolean bound(TypeElement record) {
    AnnotationMirror mirror = Annotations.findByQualifiedName(record, TEMPLATE).orElseThrow();
    AnnotationValue value = Annotations.explicitValue(mirror, "value");
    if (value == null) {
      return true;
    }
    String path = (String) value.getValue();
    Site site = new Site(record, mirror, value, path);
    if (record.getKind() != ElementKind.RECORD || !Annotations.isWidget(record)) {
      String what = record.getKind() != ElementKind.RECORD ? "not a record" : "a record without @Widget";
      diagnostics.error(record, mirror, value, Message.TEMPLATE_NOT_ON_WIDGET, record.getSimpleName(), what);
      return true;
    }
    Optional<WidgetModel> model = models.apply(record);
    if (model.isEmpty()) {
      return false;
    }
    try {
      Function<JavaName, WidgetModel> lookup = this::model;
      JavaName template = JavaNames.of(record).sibling("Template");
      if (A2uiStage.isA2uiFile(path)) {
        SourceText source = read(site);
        if (source != null) {
          a2ui.compile(source, (WidgetModel.RecordWidget) model.get(), template, problems -> problems.forEach(
              problem -> report(site, source, problem)), (file, role) -> sources.write(file, record, role,
              "rename " + template.canonicalName()), () -> diagnostics.error(record, mirror, value,
              Message.A2UI_TEMPLATE_NO_CATALOG, path));
        }
        return true;
      }
      compile(site, (compiler, source) -> compiler.bound(source, (WidgetModel.RecordWidget) model.get(), lookup, template));
    } catch (RuntimeException e) {
      diagnostics.error(record, mirror, value, Message.INTERNAL_ERROR, path, describe(e));
    }
    return true;
  }

  /** The annotation value that names a file: where its problems are reported. */
  private record Site(Element element, AnnotationMirror mirror, AnnotationValue value, String path) {}

  private void compile(Site site, BiFunction<TemplateCompiler, SourceText, TemplateCompiler.Output> compile) {
    Optional<Catalog> loaded = catalog();
    if (loaded.isEmpty()) {
      diagnostics.error(site.element(), site.mirror(), site.value(), Message.TEMPLATE_NO_CATALOG, site.path());
      return;
    }
    SourceText source = read(site);
    if (source == null) {
      return;
    }
    TemplateCompiler compiler = new TemplateCompiler(loaded.get(),
        TemplateChecker.of(loaded.get(), handled.get(), this::model));
    TemplateCompiler.Output output = compile.apply(compiler, source);
    for (Problem problem : output.problems()) {
      report(site, source, problem);
    }
    if (output.failed()) {
      return;
    }
    String packageName = output.template().template().packageName();
    Set<String> shadowed = shadows.apply(packageName);
    String fix = "rename " + site.path() + ", or bind it to a record of yours with @WidgetTemplate";
    if (output.data() != null && !sources.write(DataRecordFile.of(output.data(), site.path(), shadowed), site.element(),
        "the data record of " + site.path(), fix)) {
      return;
    }
    sources.write(TemplateFile.of(output.template(), shadowed), site.element(), "the template class of " + site.path(),
        output.data() != null ? fix : "rename " + output.template().record().canonicalName());
  }

  private void report(Site site, SourceText source, Problem problem) {
    Object[] args = new Object[problem.args().size() + 1];
    args[0] = source.location(problem.offset());
    for (int i = 0; i < problem.args().size(); i++) {
      args[i + 1] = problem.args().get(i);
    }
    if (problem.warning()) {
      diagnostics.warning(site.element(), site.mirror(), site.value(), problem.message(), args);
    } else {
      diagnostics.error(site.element(), site.mirror(), site.value(), problem.message(), args);
    }
  }

  private SourceText read(Site site) {
    TemplateResources.Lookup lookup = resources.read(site.path());
    if (lookup.text() != null) {
      return new SourceText(site.path(), lookup.text());
    }
    if (lookup.failure() != null) {
      diagnostics.error(site.element(), site.mirror(), site.value(), Message.TEMPLATE_FILE_UNREADABLE,
          lookup.found(), lookup.failure().getMessage());
      return null;
    }
    String searched = lookup.searched().isEmpty() ? "no folder (the compiler writes classes nowhere on disk)"
        : lookup.searched().stream().map(Object::toString).collect(Collectors.joining(", "));
    diagnostics.error(site.element(), site.mirror(), site.value(), Message.TEMPLATE_FILE_NOT_FOUND, site.path(), searched);
    return null;
  }

  /** The model of a {@code @Widget} type by name, or null: for action payloads. */
  private WidgetModel model(JavaName name) {
    TypeElement type = elements.getTypeElement(name.canonicalName());
    return type == null ? null : models.apply(type).orElse(null);
  }

  private Optional<Catalog> catalog() {
    if (catalog == null) {
      catalog = Catalog.load(name -> {
        TypeElement type = elements.getTypeElement(name.canonicalName());
        return type == null ? Optional.empty() : models.apply(type);
      });
    }
    return catalog;
  }

  private String packageOf(Element element) {
    PackageElement pkg = elements.getPackageOf(element);
    return pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
  }

  private static String baseName(String path) {
    String file = path.substring(path.lastIndexOf('/') + 1);
    int dot = file.indexOf('.');
    return dot < 0 ? file : file.substring(0, dot);
  }

  private static String describe(RuntimeException e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.widgetry.")) {
        return e + " at " + frame;
      }
    }
    return e.toString();
  }
}
