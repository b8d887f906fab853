package dev.widgetry.processor;

import dev.widgetry.processor.template.TemplateStage;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Turns a generated file's single-type imports of the runtime's SPI types into one on-demand import,
 * {@code import dev.widgetry.runtime.spi.*;}. javac attributes every import each time it enters a
 * file, and it enters a generated source three times (in the round that brings it in, in the last
 * round and for the compilation): a codec imported nine SPI types, and imports were two fifths of
 * what javac allocated entering the trees of 200 records and their codecs.
 *
 * <p>A type of the file's own package wins over an on-demand import, where a single-type import wins
 * over it. So the imports stay one a type when the package has a type named like one of them, when
 * javac cannot name the package's types (a package that several modules hold), when an SPI type is
 * named like one of {@code java.lang} (both on demand, the name would be ambiguous), and in a package
 * with {@code @WidgetTemplates}, where this processor writes data records named after the user's
 * {@code .widget} files, possibly later in the round than the file. A type named like an SPI type the
 * file uses and written into the package after it would still shadow it: one of another processor,
 * a template data record whose {@code @WidgetTemplates} first appears in a later round, or a registry
 * the {@code widgetry.registry} option names so.
 */
final class SpiImports {
  private static final String PACKAGE = "dev.widgetry.runtime.spi";
  private static final String PREFIX = "import " + PACKAGE + ".";

  private final Elements elements;
  private final JavaLangShadows shadows;
  /** The packages with {@code @WidgetTemplates}, of every round so far. */
  private final Set<String> templatePackages = new HashSet<>();

  SpiImports(Elements elements, JavaLangShadows shadows) {
    this.elements = elements;
    this.shadows = shadows;
  }

  /**
   * Notes the packages where templates will write their data records in this round; call it before
   * the round writes anything. The packages' types come from {@link JavaLangShadows}, kept a round.
   */
  void newRound(RoundEnvironment round) {
    TypeElement templates = elements.getTypeElement(TemplateStage.TEMPLATES);
    if (templates != null) {
      for (Element element : round.getElementsAnnotatedWith(templates)) {
        templatePackages.add(elements.getPackageOf(element).getQualifiedName().toString());
      }
    }
  }

  /** {@code source}, a file JavaPoet formatted in {@code packageName}, with its SPI imports collapsed. */
  String collapse(String packageName, String source) {
    Optional<Set<String>> local = shadows.typesIn(packageName);
    if (templatePackages.contains(packageName) || local.isEmpty() || !shadows.in(PACKAGE).isEmpty()) {
      return source;
    }
    StringBuilder kept = new StringBuilder(source.length());
    Set<String> imported = new HashSet<>();
    int star = -1;
    int line = 0;
    while (line < source.length()) {
      int end = source.indexOf('\n', line) + 1;
      if (end == 0 || !isHeader(source, line, end)) {
        break;
      }
      String name = spiTypeImported(source, line, end);
      if (name == null) {
        kept.append(source, line, end);
      } else {
        imported.add(name);
        if (star < 0) {
          star = kept.length();
        }
      }
      line = end;
    }
    if (imported.size() < 2 || !Collections.disjoint(imported, local.get())) {
      return source;
    }
    kept.insert(star, PREFIX + "*;\n");
    return kept.append(source, line, source.length()).toString();
  }

  /** Whether the line is part of the file's header: its comment, package, imports, blank lines. */
  private static boolean isHeader(String source, int line, int end) {
    return end == line + 1 || source.startsWith("package ", line) || source.startsWith("import ", line)
        || source.startsWith("//", line);
  }

  /** The simple name of the SPI type the line imports, or null when it imports none (or a nested type). */
  private static String spiTypeImported(String source, int line, int end) {
    if (!source.startsWith(PREFIX, line) || source.charAt(end - 2) != ';') {
      return null;
    }
    String name = source.substring(line + PREFIX.length(), end - 2);
    return name.indexOf('.') < 0 ? name : null;
  }
}
