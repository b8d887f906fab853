package dev.widgetry.processor;

import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.GeneratedNames;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.read.Annotations;
import dev.widgetry.processor.read.JavaNames;
import dev.widgetry.processor.write.ActionsFile;
import dev.widgetry.processor.write.RegistryFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * The widgets and action handlers one compilation registers, and the generated registry that lists
 * them. Written once, after the last round that produced widgets; merged with the registry an
 * earlier build left, so an incremental build that recompiled only some widgets still registers all
 * of them.
 */
final class Registry {
  static final String OPTION = "widgetry.registry";
  private static final String SERVICE_FILE = "META-INF/services/dev.widgetry.runtime.spi.WidgetRegistry";
  private static final String DEFAULT_NAME = "WidgetryRegistry";

  private final Elements elements;
  private final Diagnostics diagnostics;
  private final JavaLangShadows shadows;
  /** The class the option names, or null for the default name. */
  private final JavaName configuredName;
  /** The option was given and is no class name (reported): no registry is written. */
  private final boolean unusableOption;
  private final Set<JavaName> widgets = new TreeSet<>();
  private final Set<JavaName> handlers = new TreeSet<>();
  private final List<Element> origins = new ArrayList<>();
  private boolean written;

  /** Reports an unusable option at once; the registry is then not written. */
  Registry(Elements elements, Diagnostics diagnostics, String option, JavaLangShadows shadows) {
    this.elements = elements;
    this.shadows = shadows;
    this.diagnostics = diagnostics;
    String given = option == null ? "" : option.strip();
    String problem = given.isEmpty() ? null : problemWith(given);
    if (problem != null) {
      diagnostics.error(Message.INVALID_REGISTRY_OPTION, OPTION, option, problem);
    }
    this.unusableOption = problem != null;
    this.configuredName = given.isEmpty() || unusableOption ? null : parse(given);
  }

  void addWidget(JavaName widget, Element origin) {
    widgets.add(widget);
    origins.add(origin);
  }

  void addHandler(JavaName handler, Element origin) {
    handlers.add(handler);
    origins.add(origin);
  }

  boolean isPending() {
    return !written && !(widgets.isEmpty() && handlers.isEmpty());
  }

  /**
   * Writes the registry and its service file. A type of the registry's name in this compilation's
   * sources is the user's to rename, reported on that type; one in a class file is the registry an
   * earlier build wrote, merged into this one.
   */
  void write(Files files) {
    written = true;
    if (unusableOption) {
      return;
    }
    JavaName name = name();
    TypeElement earlier = elements.getTypeElement(name.canonicalName());
    if (earlier != null && files.takenInSources(name.canonicalName())) {
      Purpose purpose = Purpose.registry();
      diagnostics.error(earlier, Message.GENERATED_TYPE_TAKEN, name.canonicalName(), purpose.role(),
          name.canonicalName(), purpose.otherFix());
      return;
    }
    Set<JavaName> allWidgets = new TreeSet<>(widgets);
    allWidgets.addAll(earlierBuild(earlier, RegistryFile.WIDGETS_CONSTANT, this::stillAWidget));
    Set<JavaName> allHandlers = new TreeSet<>(handlers);
    allHandlers.addAll(earlierBuild(earlier, RegistryFile.HANDLERS_CONSTANT, this::stillAHandler));
    Element[] originating = origins.toArray(new Element[0]);
    if (!files.aggregate(RegistryFile.of(name, new ArrayList<>(allWidgets), new ArrayList<>(allHandlers),
        shadows.in(name.packageName())), Purpose.registry(), originating)) {
      return;
    }
    Set<String> services = new LinkedHashSet<>();
    for (String line : files.existingLines(SERVICE_FILE)) {
      String entry = line.strip();
      if (!entry.isEmpty() && !entry.startsWith("#") && elements.getTypeElement(entry) != null) {
        services.add(entry);
      }
    }
    services.add(name.canonicalName());
    files.rootResource(SERVICE_FILE, new ArrayList<>(services), originating);
  }

  /** The option's class name, else WidgetryRegistry in the package all widgets share. */
  private JavaName name() {
    return configuredName != null ? configuredName : new JavaName(commonPackage(), List.of(DEFAULT_NAME));
  }

  /** Why a qualified class name is none, or null when it is one. */
  private static String problemWith(String qualified) {
    for (String part : qualified.split("\\.", -1)) {
      if (part.isEmpty()) {
        return "it has an empty part, before, between or after its dots";
      }
      if (SourceVersion.isKeyword(part)) {
        return "\"" + part + "\" is a Java keyword";
      }
      if (!SourceVersion.isIdentifier(part)) {
        return "\"" + part + "\" is not a Java identifier";
      }
    }
    return null;
  }

  private static JavaName parse(String qualified) {
    int dot = qualified.lastIndexOf('.');
    return new JavaName(dot < 0 ? "" : qualified.substring(0, dot), List.of(qualified.substring(dot + 1)));
  }

  private String commonPackage() {
    String common = null;
    Set<JavaName> all = new TreeSet<>(widgets);
    all.addAll(handlers);
    for (JavaName type : all) {
      String pkg = type.packageName();
      if (common == null) {
        common = pkg;
      }
      while (!(pkg.equals(common) || pkg.startsWith(common + ".")) && !common.isEmpty()) {
        int dot = common.lastIndexOf('.');
        common = dot < 0 ? "" : common.substring(0, dot);
      }
    }
    return common == null ? "" : common;
  }

  /** What a registry of the same name registered before, that still exists as it was. */
  private Set<JavaName> earlierBuild(TypeElement earlier, String constant, Predicate<TypeElement> stillValid) {
    Set<JavaName> kept = new TreeSet<>();
    if (earlier == null) {
      return kept;
    }
    for (Element member : earlier.getEnclosedElements()) {
      if (member.getKind() != ElementKind.FIELD || !member.getSimpleName().contentEquals(constant)) {
        continue;
      }
      Object value = ((VariableElement) member).getConstantValue();
      if (!(value instanceof String) || ((String) value).isEmpty()) {
        continue;
      }
      for (String typeName : ((String) value).split(",")) {
        TypeElement type = elements.getTypeElement(typeName);
        if (type != null && stillValid.test(type)) {
          kept.add(JavaNames.of(type));
        }
      }
    }
    return kept;
  }

  private boolean stillAWidget(TypeElement type) {
    return Annotations.isWidget(type)
        && elements.getTypeElement(GeneratedNames.codec(JavaNames.of(type)).canonicalName()) != null;
  }

  private boolean stillAHandler(TypeElement type) {
    return elements.getTypeElement(ActionsFile.name(JavaNames.of(type)).canonicalName()) != null;
  }
}
