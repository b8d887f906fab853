package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.widgetry.processor.WidgetProcessor;
import java.io.IOException;
import java.nio.file.Paths;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The code generated for one template of each dialect, held to reviewed golden copies: a Builder
 * export (one line, the comma trick) and a hand-written template (multi-line, default, inline set,
 * loop.last commas); and byte-identical output from the same input.
 */
class TemplateSourcesTest {
  private static final JavaFileObject TEMPLATES = Compiler.source("travel.Widgets", """
      package travel;

      import dev.widgetry.annotations.WidgetTemplates;

      @WidgetTemplates({"widgets/flight_options.widget", "widgets/task_list.widget"})
      final class Widgets {}
      """);

  private static Compilation compile() {
    return com.google.testing.compile.Compiler.javac()
        .withProcessors(new WidgetProcessor())
        .withOptions("-Xlint:all,-processing",
            "-Awidgetry.templates=" + Paths.get("src/test/resources").toAbsolutePath())
        .compile(TEMPLATES);
  }

  @Test
  void theBuilderExport() {
    Compilation compilation = compile();
    assertThat(compilation).succeeded();
    GoldenFiles.assertMatches("templates/FlightOptions.java", source(compilation, "travel.FlightOptions"));
    GoldenFiles.assertMatches("templates/FlightOptionsTemplate.java", source(compilation, "travel.FlightOptionsTemplate"));
  }

  @Test
  void theHandWrittenTemplate() {
    Compilation compilation = compile();
    assertThat(compilation).succeeded();
    GoldenFiles.assertMatches("templates/TaskList.java", source(compilation, "travel.TaskList"));
    GoldenFiles.assertMatches("templates/TaskListTemplate.java", source(compilation, "travel.TaskListTemplate"));
  }

  @Test
  void theSameFilesGiveTheSameSources() throws IOException {
    Compilation first = compile();
    Compilation second = compile();
    assertEquals(source(first, "travel.FlightOptionsTemplate").getCharContent(true).toString(),
        source(second, "travel.FlightOptionsTemplate").getCharContent(true).toString());
    assertEquals(source(first, "travel.TaskListTemplate").getCharContent(true).toString(),
        source(second, "travel.TaskListTemplate").getCharContent(true).toString());
  }

  private static JavaFileObject source(Compilation compilation, String name) {
    return compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, name.replace('.', '/') + ".java").orElseThrow();
  }
}
