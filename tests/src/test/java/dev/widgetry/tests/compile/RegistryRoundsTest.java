package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.widgetry.processor.WidgetProcessor;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.Widgets;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry is written in the round that generates the codecs, so that it costs javac no round
 * of its own (javac enters every tree again in each round). Widgets and handlers that a later round
 * brings, from another processor, go into a supplementary registry that the service file lists too,
 * and are found at run time; an incremental build merges both into its registry.
 */
class RegistryRoundsTest {
  private static final String SERVICE_FILE = "META-INF/services/dev.widgetry.runtime.spi.WidgetRegistry";

  private static final String ORDER_TEXT = """
      package test;
      import dev.widgetry.annotations.Widget;
      @Widget
      public record Order(String id) {}
      """;
  private static final JavaFileObject ORDER = source("test.Order", ORDER_TEXT);

  /** A widget and a handler whose payload it is, which another processor writes. */
  private static final Map<String, String> LATE = Map.of(
      "test.Note", """
          package test;
          @dev.widgetry.annotations.Widget
          public record Note(String text) {}
          """,
      "test.Notes", """
          package test;
          import dev.widgetry.annotations.OnAction;
          import java.util.ArrayList;
          import java.util.List;
          public class Notes {
            public static final List<String> TAKEN = new ArrayList<>();
            @OnAction("note.take")
            public static void take(Note note) {
              TAKEN.add(note.text());
            }
          }
          """);

  @TempDir Path output;
  @TempDir Path library;

  @Test
  void theRegistryIsWrittenWithTheCodecsAndCostsNoRoundOfItsOwn() {
    SourceWritingProcessor counter = new SourceWritingProcessor(0, Map.of());
    Compilation compilation = compiler(List.of(), counter).compile(ORDER);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.WidgetryRegistry").contentsAsUtf8String()
        .contains("WIDGETS = \"test.Order\"");
    assertTrue(compilation.generatedSourceFile("test.WidgetryRegistry2").isEmpty(), "nothing came late");
    // The sources; what the processor generated from them, registry included; the last round.
    assertEquals(3, counter.rounds());
  }

  @Test
  void aTemplatesDataRecordJoinsTheOneRegistry() {
    SourceWritingProcessor counter = new SourceWritingProcessor(0, Map.of());
    JavaFileObject templates = source("travel.Widgets", """
        package travel;
        import dev.widgetry.annotations.WidgetTemplates;
        @WidgetTemplates({"widgets/task_list.widget"})
        final class Widgets {}
        """);
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new WidgetProcessor(), counter)
        .withOptions("-Xlint:all,-processing",
            "-Awidgetry.templates=" + Paths.get("src/test/resources").toAbsolutePath())
        .compile(templates);

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("travel.WidgetryRegistry").contentsAsUtf8String()
        .contains("WIDGETS = \"travel.TaskList,travel.TaskList.Task\"");
    assertTrue(compilation.generatedSourceFile("travel.WidgetryRegistry2").isEmpty(),
        "the processor waits a round for the data record it wrote itself");
    // The sources; the data record and its template class; its codec and the registry; the last round.
    assertEquals(4, counter.rounds());
  }

  @Test
  void aWidgetAndAHandlerAnotherProcessorWritesAfterTheRegistryAreFoundAtRunTime() throws Exception {
    Compilation compilation = compiler(List.of(), new SourceWritingProcessor(2, LATE)).compile(ORDER);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.WidgetryRegistry").contentsAsUtf8String()
        .contains("WIDGETS = \"test.Order\"");
    String late = GeneratedSourcesTest.generatedSource(compilation, "test.WidgetryRegistry2")
        .getCharContent(true).toString();
    assertTrue(late.contains("WIDGETS = \"test.Note\""), late);
    assertTrue(late.contains("HANDLERS = \"test.Notes\""), late);
    assertEquals("test.WidgetryRegistry\ntest.WidgetryRegistry2\n",
        GeneratedSourcesTest.resource(compilation, SERVICE_FILE).getCharContent(true).toString());

    CompiledOutput.writeTo(compilation, output);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {output.toUri().toURL()}, getClass().getClassLoader())) {
      Object order = loader.loadClass("test.Order").getConstructor(String.class).newInstance("A-1");
      assertEquals("{\"id\":\"A-1\"}", Widgets.toJson(order));
      assertLateWidgetAndHandlerWork(loader, "milk");
    }
  }

  @Test
  void anIncrementalBuildMergesTheSupplementaryRegistryIntoItsRegistry() throws IOException {
    Compilation full = compiler(List.of(), new SourceWritingProcessor(2, LATE)).compile(ORDER);
    assertThat(full).succeededWithoutWarnings();
    CompiledOutput.writeTo(full, library);

    Compilation incremental = compiler(List.of(library.toFile())).compile(ORDER);

    assertThat(incremental).succeededWithoutWarnings();
    String registry = GeneratedSourcesTest.generatedSource(incremental, "test.WidgetryRegistry")
        .getCharContent(true).toString();
    assertTrue(registry.contains("WIDGETS = \"test.Note,test.Order\""), registry);
    assertTrue(registry.contains("HANDLERS = \"test.Notes\""), registry);
    assertTrue(incremental.generatedSourceFile("test.WidgetryRegistry2").isEmpty());
    assertEquals("test.WidgetryRegistry\n",
        GeneratedSourcesTest.resource(incremental, SERVICE_FILE).getCharContent(true).toString());
  }

  /**
   * As a build tool's incremental build does: the second compilation writes into the class output
   * of the first, which is on its class path, and recompiles only the widget of the first round.
   */
  @Test
  void anIncrementalBuildIntoTheSameClassOutputStillFindsTheLateWidget() throws Exception {
    Path order = Files.writeString(Files.createDirectories(output.resolve("src")).resolve("Order.java"), ORDER_TEXT);
    Path classes = Files.createDirectories(output.resolve("classes"));
    assertTrue(javac(classes, order, new WidgetProcessor(), new SourceWritingProcessor(2, LATE)));
    assertEquals("test.WidgetryRegistry\ntest.WidgetryRegistry2\n", Files.readString(classes.resolve(SERVICE_FILE)));

    assertTrue(javac(classes, order, new WidgetProcessor()));

    assertEquals("test.WidgetryRegistry\n", Files.readString(classes.resolve(SERVICE_FILE)),
        "the earlier build's supplementary registry is merged into the registry, not listed beside it");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      assertLateWidgetAndHandlerWork(loader, "tea");
    }
  }

  /** Only the registries the first one merged leave the service file, not a class whose name merely begins like it. */
  @Test
  void aServiceEntryTheRegistryDidNotMergeStaysListed() throws Exception {
    Path sources = Files.createDirectories(output.resolve("src"));
    Path order = Files.writeString(sources.resolve("Order.java"), ORDER_TEXT);
    Path other = Files.writeString(sources.resolve("WidgetryRegistry10.java"),
        "package test;\n\npublic final class WidgetryRegistry10 {}\n");
    Path classes = Files.createDirectories(output.resolve("classes"));
    assertTrue(javac(classes, other));
    Path serviceFile = classes.resolve(SERVICE_FILE);
    Files.createDirectories(serviceFile.getParent());
    Files.writeString(serviceFile, "test.WidgetryRegistry10\n");

    assertTrue(javac(classes, order, new WidgetProcessor()));

    assertEquals("test.WidgetryRegistry10\ntest.WidgetryRegistry\n", Files.readString(serviceFile));
  }

  /**
   * The late widget, {@code test.Note}, writes and reads through the registries {@code loader}
   * finds, and the late handler takes a note of {@code text} through the dispatcher.
   */
  private static void assertLateWidgetAndHandlerWork(ClassLoader loader, String text) throws Exception {
    Class<?> note = loader.loadClass("test.Note");
    Object written = note.getConstructor(String.class).newInstance(text);
    String json = "{\"text\":\"" + text + "\"}";
    assertEquals(json, Widgets.toJson(written));
    assertEquals(written, Widgets.fromJson(json, note));

    Class<?> notes = loader.loadClass("test.Notes");
    ActionResponse response = ActionDispatcher.of(notes)
        .handle("{\"action\":{\"type\":\"note.take\",\"payload\":" + json + "}}", ActionContext.empty());
    assertEquals(200, response.status(), response.bodyText());
    assertEquals(List.of(text), notes.getField("TAKEN").get(null));
  }

  /** Compiles one source file with the system compiler into a class output that is also on the class path. */
  private boolean javac(Path classes, Path source, Processor... processors) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    Path generated = Files.createDirectories(output.resolve("generated"));
    try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-d", classes.toString(), "-s", generated.toString(),
          "-cp", classes + File.pathSeparator + System.getProperty("java.class.path"),
          "-Xlint:all,-processing", "-Werror");
      JavaCompiler.CompilationTask task = compiler.getTask(null, fileManager, null, options, null,
          fileManager.getJavaFileObjects(source));
      task.setProcessors(List.of(processors));
      return task.call();
    }
  }

  private static com.google.testing.compile.Compiler compiler(List<File> extraClasspath, AbstractProcessor... others) {
    List<File> classpath = new ArrayList<>(extraClasspath);
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    List<Processor> processors = new ArrayList<>();
    processors.add(new WidgetProcessor());
    processors.addAll(List.of(others));
    return com.google.testing.compile.Compiler.javac()
        .withProcessors(processors)
        .withOptions("-Xlint:all,-processing", "-Werror")
        .withClasspath(classpath);
  }
}
