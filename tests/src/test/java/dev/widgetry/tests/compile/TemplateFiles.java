package dev.widgetry.tests.compile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import dev.widgetry.processor.WidgetProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * {@code .widget} files for compile tests: written into a folder named by the processor option, and
 * located by searching the file's text, so a test states where an error points without trusting
 * the processor to say it.
 */
final class TemplateFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;

  TemplateFiles(Path folder) {
    this.folder = folder;
  }

  /** A .widget file as the Builder exports it: the template on one line, the schema after it. */
  static String widget(String template, String schema) {
    try {
      ObjectNode file = JSON.createObjectNode();
      file.put("version", "1.0");
      file.put("name", "Test widget");
      file.put("template", template);
      file.set("jsonSchema", JSON.readTree(schema));
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code widgets/<name>} and returns its path under the folder, as annotations name it. */
  String write(String name, String content) {
    try {
      Path file = folder.resolve("widgets").resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return "widgets/" + name;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Compilation compile(JavaFileObject... sources) {
    return com.google.testing.compile.Compiler.javac()
        .withProcessors(new WidgetProcessor())
        .withOptions("-Xlint:all,-processing", "-Awidgetry.templates=" + folder)
        .compile(sources);
  }

  Compilation compile(List<java.io.File> classpath, JavaFileObject... sources) {
    return com.google.testing.compile.Compiler.javac()
        .withProcessors(new WidgetProcessor())
        .withOptions("-Xlint:all,-processing", "-Awidgetry.templates=" + folder)
        .withClasspath(classpath)
        .compile(sources);
  }

  /**
   * {@code widgets/<name>:line:column} of the {@code occurrence}th (from 1) place {@code needle}
   * is written in {@code content}, as a person finds it with an editor's search.
   */
  static String at(String name, String content, String needle, int occurrence) {
    int offset = -1;
    for (int i = 0; i < occurrence; i++) {
      offset = content.indexOf(needle, offset + 1);
      if (offset < 0) {
        throw new IllegalArgumentException(needle + " is not in the file " + occurrence + " times");
      }
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (content.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "widgets/" + name + ":" + line + ":" + (offset - lineStart + 1);
  }

  static String at(String name, String content, String needle) {
    return at(name, content, needle, 1);
  }

  /** A class that compiles the file {@code path} with {@code @WidgetTemplates}. */
  static JavaFileObject templates(String path) {
    return Compiler.source("test.Widgets", """
        package test;
        import dev.widgetry.annotations.WidgetTemplates;
        @WidgetTemplates({"%s"})
        class Widgets {}
        """.formatted(path));
  }
}
