package dev.widgetry.processor;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;

/**
 * Turns a generated file's single-type imports of the runtime's SPI types into one on-demand import,
 * {@code import dev.widgetry.runtime.spi.*;}. javac attributes every import each time it enters a
 * file, and it enters a generated source three times (in the round that brings it in, in the last
 * round and for the compilation): a codec imported nine SPI types, and imports were two fifths of
 * what javac allocated entering the trees of 200 records and their codecs. The simple names keep
 * their meaning unless a type of the file's own package has one of them (it wins over an on-demand
 * import, where a single-type import wins over it), or an SPI type is named like one of {@code
 * java.lang} (both on demand, the name would be ambiguous); then the imports stay as they are.
 */
final class SpiImports {
  private static final String PACKAGE = "dev.widgetry.runtime.spi";
  private static final String PREFIX = "import " + PACKAGE + ".";

  private final Elements elements;
  private final JavaLangShadows shadows;
  /** Whether no public SPI type is named like a java.lang type; asked once. */
  private Boolean clearOfJavaLang;
  /** The simple names of each package's types, kept for the round (as {@link JavaLangShadows} does). */
  private final Map<String, Set<String>> byPackage = new HashMap<>();

  SpiImports(Elements elements, JavaLangShadows shadows) {
    this.elements = elements;
    this.shadows = shadows;
  }

  /** Forgets the packages' types: a new round may bring new types into them. */
  void newRound() {
    byPackage.clear();
  }

  /** {@code source}, a file JavaPoet formatted in {@code packageName}, with its SPI imports collapsed. */
  String collapse(String packageName, String source) {
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
    if (imported.size() < 2 || !clearOfJavaLang() || !Collections.disjoint(imported, typesIn(packageName))) {
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

  private boolean clearOfJavaLang() {
    if (clearOfJavaLang == null) {
      PackageElement spi = elements.getPackageElement(PACKAGE);
      boolean clear = spi != null;
      if (spi != null) {
        for (Element type : spi.getEnclosedElements()) {
          if (type.getModifiers().contains(Modifier.PUBLIC)
              && shadows.javaLang().contains(type.getSimpleName().toString())) {
            clear = false;
          }
        }
      }
      clearOfJavaLang = clear;
    }
    return clearOfJavaLang;
  }

  private Set<String> typesIn(String packageName) {
    return byPackage.computeIfAbsent(packageName, name -> {
      Set<String> types = new HashSet<>();
      PackageElement pkg = elements.getPackageElement(name);
      if (pkg != null) {
        for (Element type : pkg.getEnclosedElements()) {
          types.add(type.getSimpleName().toString());
        }
      }
      return types;
    });
  }
}
