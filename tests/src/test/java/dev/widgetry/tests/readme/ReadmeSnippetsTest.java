package dev.widgetry.tests.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.widgetry.processor.WidgetProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java and XML block of README.md compiles and runs as printed, and every output the README
 * shows is what running it prints. The blocks are named by HTML comments in README.md and put in
 * place by the scaffolds under {@code tests/src/test/readme} (see the README.md there); the Java
 * ones are compiled here with Widgetry's processor, as one project, and each {@link ReadmeExample}
 * among them is run. {@link ReadmeMavenBuildTest} builds the Quick start with Maven.
 */
class ReadmeSnippetsTest {
  private static final Path JAVA = Scaffolds.ROOT.resolve("java");

  @TempDir Path classes;

  @Test
  void everyJavaAndXmlBlockIsNamedAndEverySnippetHasAScaffold() {
    Readme readme = Readme.read();
    Set<String> used = new HashSet<>();
    Scaffolds.assemble(Scaffolds.ROOT, readme, used);

    assertEquals(List.of(), readme.problems());
    assertEquals(List.of(), Scaffolds.unused(readme, used), "README snippets that no scaffold in " + Scaffolds.ROOT + " uses");
    assertFalse(readme.withRole(ReadmeBlock.Role.SNIPPET).isEmpty(), "README.md at " + Readme.PATH + " has no snippets");
  }

  @Test
  void aJavaOrXmlBlockThatIsNoSnippetIsReported() {
    Readme readme = Readme.parse("""
        Intro.

        ```java
        int x = 1;
        ```

        <!-- output: x -->
        ```xml
        <a/>
        ```
        """);

    assertEquals(List.of(
        "README.md:3: this java block needs a name on the line above it, such as <!-- snippet: section/what -->, and a"
            + " scaffold under tests/src/test/readme that puts it in place",
        "README.md:8 (output x): this xml block is compiled, so it is a snippet: name it <!-- snippet: x -->"),
        readme.problems());
  }

  @TestFactory
  Stream<DynamicTest> examplesCompileRunAndPrintWhatTheReadmeShows() throws IOException {
    Readme readme = Readme.read();
    List<Scaffolds.AssembledFile> files = Scaffolds.assemble(JAVA, readme, new HashSet<>());
    Compilation compilation = compile(files);
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    List<Class<?>> examples = examples(compilation, loader);
    assertFalse(examples.isEmpty(), "no scaffold under " + JAVA + " implements ReadmeExample");

    Set<String> printed = new HashSet<>();
    Set<String> read = new HashSet<>();
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> example : examples) {
      tests.add(DynamicTest.dynamicTest(example.getName(), () -> run(example, readme, printed, read)));
    }
    tests.add(DynamicTest.dynamicTest("every output and input block is used by an example", () -> {
      loader.close();
      List<String> unused = readme.blocks().stream()
          .filter(block -> switch (block.role()) {
            case OUTPUT, EXCHANGE -> !printed.contains(block.id());
            case INPUT -> !read.contains(block.id());
            default -> false;
          })
          .map(ReadmeBlock::where)
          .toList();
      assertEquals(List.of(), unused, "README blocks no example prints or reads");
    }));
    return tests.stream();
  }

  private Compilation compile(List<Scaffolds.AssembledFile> files) {
    Map<String, Scaffolds.AssembledFile> byName = new HashMap<>();
    List<JavaFileObject> sources = new ArrayList<>();
    for (Scaffolds.AssembledFile file : files) {
      String name = file.path().toString().replace('\\', '/').replaceFirst("\\.java$", "");
      JavaFileObject source = JavaFileObjects.forSourceString(name.replace('/', '.'), file.text());
      byName.put(source.toUri().getPath(), file);
      sources.add(source);
    }
    Compilation compilation = Compiler.javac()
        .withProcessors(new WidgetProcessor())
        // The README's .widget files, found as a project finds them under src/main/resources.
        .withOptions("-Xlint:all,-processing", "-Werror",
            "-Awidgetry.templates=" + Scaffolds.ROOT.resolve("resources").toAbsolutePath())
        .compile(sources);
    List<String> problems = compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() != Diagnostic.Kind.NOTE)
        .map(diagnostic -> where(diagnostic, byName) + ": " + diagnostic.getKind().toString().toLowerCase()
            + ": " + diagnostic.getMessage(null))
        .toList();
    assertEquals(List.of(), problems, "README snippets that do not compile cleanly as printed");
    writeClassOutput(compilation);
    return compilation;
  }

  private static String where(Diagnostic<? extends JavaFileObject> diagnostic, Map<String, Scaffolds.AssembledFile> files) {
    if (diagnostic.getSource() == null) {
      return "javac";
    }
    Scaffolds.AssembledFile file = files.get(diagnostic.getSource().toUri().getPath());
    if (file == null || diagnostic.getLineNumber() == Diagnostic.NOPOS) {
      return diagnostic.getSource().getName();
    }
    return file.origin(diagnostic.getLineNumber());
  }

  /** Classes and resources (the registry's service file) where a class loader finds them. */
  private void writeClassOutput(Compilation compilation) {
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (!path.startsWith("/CLASS_OUTPUT/")) {
        continue;
      }
      Path target = classes.resolve(path.substring("/CLASS_OUTPUT/".length()));
      try (InputStream in = file.openInputStream()) {
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static List<Class<?>> examples(Compilation compilation, ClassLoader loader) {
    List<Class<?>> examples = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (file.getKind() != JavaFileObject.Kind.CLASS || !path.startsWith("/CLASS_OUTPUT/")) {
        continue;
      }
      String name = path.substring("/CLASS_OUTPUT/".length(), path.length() - ".class".length()).replace('/', '.');
      try {
        Class<?> type = Class.forName(name, false, loader);
        if (ReadmeExample.class.isAssignableFrom(type) && !type.isInterface()) {
          examples.add(type);
        }
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    }
    examples.sort((a, b) -> a.getName().compareTo(b.getName()));
    return examples;
  }

  private static void run(Class<?> type, Readme readme, Set<String> printed, Set<String> read) throws Exception {
    Map<String, String> outputs = new LinkedHashMap<>();
    ReadmeExample example = (ReadmeExample) type.getDeclaredConstructor().newInstance();
    example.run(new ReadmeExample.Blocks() {
      @Override
      public String input(String id) {
        ReadmeBlock block = readme.block(id)
            .filter(b -> b.role() == ReadmeBlock.Role.INPUT || b.role() == ReadmeBlock.Role.EXCHANGE)
            .orElseThrow(() -> new AssertionError(type.getName() + " reads " + id + ", which is no input or exchange block of README.md"));
        read.add(id);
        return block.role() == ReadmeBlock.Role.EXCHANGE ? block.request() : block.text();
      }

      @Override
      public void output(String id, String text) {
        assertTrue(outputs.putIfAbsent(id, text) == null, type.getName() + " prints " + id + " twice");
      }
    });
    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<String, String> output : outputs.entrySet()) {
      Optional<ReadmeBlock> block = readme.block(output.getKey())
          .filter(b -> b.role() == ReadmeBlock.Role.OUTPUT || b.role() == ReadmeBlock.Role.EXCHANGE);
      if (block.isEmpty()) {
        mismatches.add(type.getName() + " prints " + output.getKey() + ", which is no output or exchange block of README.md");
        continue;
      }
      printed.add(output.getKey());
      Outputs.mismatch(block.get(), output.getValue())
          .ifPresent(why -> mismatches.add(block.get().where() + " is not what runs: " + why + "\nIt printed:\n" + output.getValue()));
    }
    if (!mismatches.isEmpty()) {
      fail(mismatches.stream().collect(Collectors.joining("\n\n")));
    }
  }
}
