package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.widgetry.processor.WidgetProcessor;
import java.nio.file.Paths;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The class generated for an official A2UI example file bound to a record, held to a reviewed golden copy. */
class A2uiTemplateSourcesTest {
  private static final JavaFileObject RECORD = Compiler.source("shop.ItemList", """
      package shop;

      import dev.widgetry.annotations.Widget;
      import dev.widgetry.annotations.WidgetTemplate;
      import java.util.List;

      @Widget
      @WidgetTemplate("a2ui-examples/34_child-list-template.json")
      public record ItemList(List<Item> items) {
        @Widget
        public record Item(String name, int quantity) {}
      }
      """);

  @Test
  void theChildListTemplateExample() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new WidgetProcessor())
        .withOptions("-Xlint:all,-processing",
            "-Awidgetry.templates=" + Paths.get("src/test/resources").toAbsolutePath())
        .compile(RECORD);
    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches("templates/ItemListTemplate.java", compilation.generatedFile(
        StandardLocation.SOURCE_OUTPUT, "shop/ItemListTemplate.java").orElseThrow());
  }
}
