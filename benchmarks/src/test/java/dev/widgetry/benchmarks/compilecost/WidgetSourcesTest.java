package dev.widgetry.benchmarks.compilecost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile-time rows of run.sh, on three records: each flavour of the sources compiles under the
 * generator it is annotated for, and that generator writes its code for every record, so the four
 * timed javac runs do the work their rows say.
 */
class WidgetSourcesTest {
  private static final String PACKAGE_DIR = "bench/widgets";

  @TempDir Path dir;

  @Test
  void widgetryRecordsGetCodecsAndSchemas() throws IOException {
    Path classes = compile("widgetry", "dev.widgetry.processor.WidgetProcessor", false);
    for (int i = 0; i < 3; i++) {
      String name = String.format("Widget%03d", i);
      assertTrue(Files.exists(classes.resolve(PACKAGE_DIR + "/" + name + "WidgetCodec.class")), name);
      assertTrue(Files.exists(classes.resolve(PACKAGE_DIR + "/" + name + ".schema.json")), name);
    }
  }

  @Test
  void avajeRecordsGetAdapters() throws IOException {
    Path classes = compile("avaje", "io.avaje.jsonb.generator.JsonbProcessor", false);
    for (int i = 0; i < 3; i++) {
      String name = String.format("Widget%03d", i);
      assertTrue(Files.exists(classes.resolve(PACKAGE_DIR + "/" + name + "JsonAdapter.class")), name);
      assertTrue(Files.notExists(classes.resolve(PACKAGE_DIR + "/" + name + "WidgetCodec.class")), name);
    }
  }

  @Test
  void processorAloneGeneratesWithoutCompiling() throws IOException {
    Path classes = compile("widgetry", "dev.widgetry.processor.WidgetProcessor", true);
    assertTrue(Files.exists(classes.resolve(PACKAGE_DIR + "/Widget002.schema.json")));
    assertTrue(Files.notExists(classes.resolve(PACKAGE_DIR + "/Widget002.class")));
    assertTrue(Files.exists(dir.resolve("generated/" + PACKAGE_DIR + "/Widget002WidgetCodec.java")));
  }

  private Path compile(String flavour, String processor, boolean processorOnly) throws IOException {
    Path sources = dir.resolve("sources");
    WidgetSources.main(new String[] {sources.toString(), "3", flavour});
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(file -> file.toString().endsWith(".java")).toList();
    }
    assertEquals(4, files.size());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
      List<String> options = new ArrayList<>(List.of("--release", "17", "-processor", processor,
          "-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), "-s", generated.toString()));
      if (processorOnly) {
        options.add("-proc:only");
      }
      boolean ok = javac.getTask(output, fileManager, null, options, null, fileManager.getJavaFileObjectsFromPaths(files))
          .call();
      assertTrue(ok, output::toString);
    }
    return classes;
  }
}
