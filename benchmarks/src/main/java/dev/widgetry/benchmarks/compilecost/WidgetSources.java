package dev.widgetry.benchmarks.compilecost;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the sources of the compile-time measurement: {@code count} records of nine props each
 * (strings, numbers, a flag, an enum, an optional, a list, and the previous record nested), as an
 * application's widget model might look. The same records are written for one of two generators:
 * {@code widgetry} annotates them {@code @Widget}, {@code avaje} annotates them {@code @Json} for
 * avaje-jsonb's generator. Usage: {@code WidgetSources DIR COUNT [widgetry|avaje]}.
 */
public final class WidgetSources {
  private static final String PACKAGE = "bench.widgets";

  /** The annotation each record carries, by the generator that reads it. */
  enum Generator {
    WIDGETRY("dev.widgetry.annotations.Widget", "@Widget"),
    AVAJE("io.avaje.jsonb.Json", "@Json");

    final String annotationImport;
    final String annotation;

    Generator(String annotationImport, String annotation) {
      this.annotationImport = annotationImport;
      this.annotation = annotation;
    }
  }

  private WidgetSources() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve(PACKAGE.replace('.', '/'));
    int count = Integer.parseInt(args[1]);
    Generator generator = args.length > 2 ? Generator.valueOf(args[2].toUpperCase(Locale.ROOT)) : Generator.WIDGETRY;
    Files.createDirectories(dir);
    write(dir.resolve("Status.java"), "package " + PACKAGE + ";\n\npublic enum Status { DRAFT, ACTIVE, ARCHIVED }\n");
    for (int i = 0; i < count; i++) {
      write(dir.resolve(name(i) + ".java"), record(i, generator));
    }
  }

  private static String record(int i, Generator generator) {
    String previous = i == 0 ? "Status" : name(i - 1);
    return "package " + PACKAGE + ";\n\n"
        + "import " + generator.annotationImport + ";\n"
        + "import java.util.List;\n"
        + "import java.util.Optional;\n\n"
        + "/** Widget number " + i + ". */\n"
        + generator.annotation + "\n"
        + "public record " + name(i) + "(\n"
        + "    String title,\n"
        + "    String subtitle,\n"
        + "    int count,\n"
        + "    double price,\n"
        + "    boolean active,\n"
        + "    Status status,\n"
        + "    Optional<String> note,\n"
        + "    List<String> tags,\n"
        + "    " + previous + " previous) {}\n";
  }

  private static String name(int i) {
    return String.format("Widget%03d", i);
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
