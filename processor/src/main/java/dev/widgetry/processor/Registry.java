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
 * The widgets and action handlers one compilation registers, and the generated registries that list
 * them. The first registry is written in the round that generates the codecs, so that it costs no
 * round of processing of its own; widgets and handlers that a later round brings (another
 * processor's output, or a type a widget waited for) go into a supplementary registry of the same
 * name numbered from 2, written in that round. The service file lists them all and is written when
 * processing is over, since a resource can be created only once. The first registry merges what
 * the registries an earlier build left registered, so an incremental build that recompiled only
 * some widgets still registers all of them.
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
  /** What is registered and not yet in a written registry, with the elements it came from. */
  private final Set<JavaName> widgets = new TreeSet<>();
  private final Set<JavaName> handlers = new TreeSet<>();
  private final List<Element> origins = new ArrayList<>();
  /** The elements of every registry written, for the service file. */
  private final List<Element> writtenOrigins = new ArrayList<>();
  /** The registries written, first one first. */
  private final List<JavaName> written = new ArrayList<>();
  /** The registries an earlier build left that the first one merged: the service file no longer lists them. */
  private final Set<String> merged = new TreeSet<>();
  /** A registry's name was refused (reported): none is written after it. */
  private boolean refused;

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

  /** Whether something registered is in no written registry yet. */
  boolean isPending() {
    return !(widgets.isEmpty() && handlers.isEmpty());
  }

  /**
   * Writes what is pending into the next registry: the first one, merged with the registries an
   * earlier build left, or a supplementary one. A type of the registry's name in this compilation's
   * sources is the user's to rename, reported on that type; one in a class file is a registry an
   * earlier build wrote.
   */
  void write(Files files) {
    Set<JavaName> newWidgets = new TreeSet<>(widgets);
    Set<JavaName> newHandlers = new TreeSet<>(handlers);
    Element[] originating = origins.toArray(new Element[0]);
    widgets.clear();
    handlers.clear();
    origins.clear();
    if (unusableOption || refused) {
      return;
    }
    JavaName name = written.isEmpty() ? name(newWidgets, newHandlers) : numbered(written.get(0), written.size() + 1);
    TypeElement earlier = elements.getTypeElement(name.canonicalName());
    if (earlier != null && files.takenInSources(name.canonicalName())) {
      Purpose purpose = Purpose.registry();
      diagnostics.error(earlier, Message.GENERATED_TYPE_TAKEN, name.canonicalName(), purpose.role(),
          name.canonicalName(), purpose.otherFix());
      refused = true;
      return;
    }
    if (written.isEmpty()) {
      for (TypeElement registry : earlierBuild(files, name)) {
        merged.add(registry.getQualifiedName().toString());
        newWidgets.addAll(registered(registry, RegistryFile.WIDGETS_CONSTANT, this::stillAWidget));
        newHandlers.addAll(registered(registry, RegistryFile.HANDLERS_CONSTANT, this::stillAHandler));
      }
    }
    if (!files.aggregate(RegistryFile.of(name, new ArrayList<>(newWidgets), new ArrayList<>(newHandlers),
        shadows.in(name.packageName())), Purpose.registry(), originating)) {
      refused = true;
      return;
    }
    written.add(name);
    writtenOrigins.addAll(List.of(originating));
  }

  /**
   * Writes the service file that lists the registries written, keeping the entries an earlier build
   * left whose classes still exist, except the registries the first one merged: what they registered
   * is in that one now.
   */
  void writeServiceFile(Files files) {
    if (written.isEmpty()) {
      return;
    }
    Set<String> services = new LinkedHashSet<>();
    for (String line : files.existingLines(SERVICE_FILE)) {
      String entry = line.strip();
      boolean kept = !entry.isEmpty() && !entry.startsWith("#") && !merged.contains(entry);
      if (kept && elements.getTypeElement(entry) != null) {
        services.add(entry);
      }
    }
    written.forEach(name -> services.add(name.canonicalName()));
    files.rootResource(SERVICE_FILE, new ArrayList<>(services), writtenOrigins.toArray(new Element[0]));
  }

  /** The option's class name, else WidgetryRegistry in the package all the first registry's types share. */
  private JavaName name(Set<JavaName> widgets, Set<JavaName> handlers) {
    return configuredName != null
        ? configuredName
        : new JavaName(commonPackage(widgets, handlers), List.of(DEFAULT_NAME));
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

  private static String commonPackage(Set<JavaName> widgets, Set<JavaName> handlers) {
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

  /** A supplementary registry's name: the first one's, numbered. */
  private static JavaName numbered(JavaName first, int number) {
    return new JavaName(first.packageName(), List.of(first.simpleName() + number));
  }

  /**
   * The registries an earlier build left under this name, in class files: the first one and the
   * numbered ones that follow it.
   */
  private List<TypeElement> earlierBuild(Files files, JavaName first) {
    List<TypeElement> registries = new ArrayList<>();
    for (int number = 1; ; number++) {
      JavaName name = number == 1 ? first : numbered(first, number);
      TypeElement registry = elements.getTypeElement(name.canonicalName());
      if (registry == null || files.takenInSources(name.canonicalName())) {
        return registries;
      }
      registries.add(registry);
    }
  }

  /** What an earlier registry registered that still exists as it was. */
  private Set<JavaName> registered(TypeElement earlier, String constant, Predicate<TypeElement> stillValid) {
    Set<JavaName> kept = new TreeSet<>();
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
