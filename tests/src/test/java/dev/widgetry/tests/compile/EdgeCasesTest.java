package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.compile;
import static dev.widgetry.tests.compile.Compiler.source;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Legal widgets that are awkward for a code generator. Each must compile without a warning under
 * {@code -Xlint:all -Werror}, generated code included.
 */
class EdgeCasesTest {

  @Test
  void componentsNamedLikeTheGeneratedCodesOwnVariables() {
    Compilation compilation = compile(source("odd.Clash", """
        package odd;
        import dev.widgetry.annotations.Widget;
        import java.util.List;
        import java.util.Map;
        import java.util.Optional;
        @Widget
        public record Clash(String in, String out, String value, int present, int problems, String property,
            String e, List<String> items, Map<String, String> entries, String key, String name, String replay,
            Optional<String> item, String INSTANCE, String PROPERTIES, String TYPES, Kind kind) {
          public enum Kind { A, B }
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  /**
   * Annotations whose {@code @Target} keeps them off the component: one reaches only the field, one
   * only the canonical constructor's parameter (a constructor of the same arity but other types is
   * not canonical, so its parameter's annotation is not the component's).
   */
  @Test
  void annotationsOnlyOnTheFieldOrOnTheConstructorParameter() {
    Compilation compilation = compile(
        source("sites.JsonProperty", """
            package sites;
            import java.lang.annotation.ElementType;
            import java.lang.annotation.Target;
            @Target(ElementType.FIELD)
            public @interface JsonProperty { String value(); }
            """),
        source("sites.NotNull", """
            package sites;
            import java.lang.annotation.ElementType;
            import java.lang.annotation.Target;
            @Target(ElementType.PARAMETER)
            public @interface NotNull {}
            """),
        source("sites.Sites", """
            package sites;
            import dev.widgetry.annotations.Widget;
            @Widget
            public record Sites(@NotNull String first, @JsonProperty("second_name") String second, String third) {
              public Sites(Integer first, String second, @NotNull String third) {
                this(String.valueOf(first), second, third);
              }
            }
            """));

    assertThat(compilation).succeededWithoutWarnings();
    var codec = assertThat(compilation).generatedSourceFile("sites.SitesWidgetCodec").contentsAsUtf8String();
    codec.contains("Sites.first is required");
    codec.contains("\"second_name\"");
    codec.doesNotContain("Sites.third is required");
  }

  /**
   * A codec imports the runtime's SPI types on demand, unless its package has a type named like one
   * of them: that type would win over an on-demand import.
   */
  @Test
  void typesNamedLikeTheRuntimeTypesTheGeneratedCodeUses() {
    Compilation compilation = compile(
        source("clash.EncodedString", "package clash;\npublic final class EncodedString {}\n"),
        source("clash.Checks", "package clash;\npublic final class Checks {}\n"),
        source("clash.Card", """
            package clash;
            import dev.widgetry.annotations.Widget;
            import dev.widgetry.tests.constraints.Size;
            @Widget
            public record Card(@Size(min = 1) String title, int count, java.util.List<String> tags) {}
            """),
        source("plain.Card", """
            package plain;
            import dev.widgetry.annotations.Widget;
            @Widget
            public record Card(String title, int count) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("clash.CardWidgetCodec").contentsAsUtf8String()
        .contains("import dev.widgetry.runtime.spi.EncodedString;\n");
    assertThat(compilation).generatedSourceFile("plain.CardWidgetCodec").contentsAsUtf8String()
        .contains("import dev.widgetry.runtime.spi.*;\n");
  }

  /**
   * A package whose {@code .widget} file makes a data record named like an SPI type ({@code
   * checks.widget} makes {@code Checks}): the template stage writes it later in the round than the
   * codec of the package's constrained record, whose {@code Checks} must stay the runtime's.
   */
  @Test
  void aTemplateRecordNamedLikeARuntimeTypeTheGeneratedCodeUses(@TempDir Path folder) {
    TemplateFiles files = new TemplateFiles(folder);
    String path = files.write("checks.widget", TemplateFiles.widget("{\"type\": \"Card\", \"children\": []}", """
        {"type": "object", "properties": {"title": {"type": "string"}}, "required": ["title"],
         "additionalProperties": false}"""));
    Compilation compilation = files.compile(
        source("templated.package-info", "@dev.widgetry.annotations.WidgetTemplates(\"" + path + "\")\n"
            + "package templated;\n"),
        source("templated.Card", """
            package templated;
            import dev.widgetry.annotations.Widget;
            import dev.widgetry.tests.constraints.Size;
            @Widget
            public record Card(@Size(min = 1) String title, int count) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("templated.Checks").isNotNull();
    assertThat(compilation).generatedSourceFile("templated.CardWidgetCodec").contentsAsUtf8String()
        .contains("import dev.widgetry.runtime.spi.Checks;\n");
  }

  @Test
  void recordsNamedLikeJdkTypesTheGeneratedCodeUses() {
    Compilation compilation = compile(
        source("odd.String", "package odd;\n@dev.widgetry.annotations.Widget public record String(int length) {}\n"),
        source("odd.List", "package odd;\n@dev.widgetry.annotations.Widget public record List(java.util.List<java.lang.String> items) {}\n"),
        source("odd.Integer", "package odd;\n@dev.widgetry.annotations.Widget public record Integer(int value) {}\n"),
        source("odd.Optional", "package odd;\n@dev.widgetry.annotations.Widget public record Optional(java.util.Optional<java.lang.String> inner) {}\n"),
        source("odd.Holder", """
            package odd;
            import dev.widgetry.annotations.Widget;
            import dev.widgetry.tests.constraints.Size;
            @Widget
            public record Holder(String text, List list, Integer number, Optional optional, @Size(min = 1) java.lang.String label,
                java.util.Map<java.lang.String, String> byName, Choice choice) {}
            """),
        source("odd.Choice", """
            package odd;
            import dev.widgetry.annotations.Widget;
            @Widget
            public sealed interface Choice permits Choice.Yes, Choice.No {
              @Widget record Yes(java.lang.String why) implements Choice {}
              @Widget record No() implements Choice {}
            }
            """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void widgetsInTheDefaultPackage() {
    Compilation compilation = compile(source("Loose", """
        import dev.widgetry.annotations.Widget;
        @Widget
        public record Loose(String a, Inner inner) {
          @Widget public record Inner(int b) {}
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("WidgetryRegistry");
  }

  @Test
  void deeplyNestedWidgetsAndWidgetsInsideInterfaces() {
    Compilation compilation = compile(source("deep.Outer", """
        package deep;
        import dev.widgetry.annotations.Widget;
        public class Outer {
          public interface Catalog {
            @Widget record Item(String name, Middle.Inner.Leaf leaf) {}
          }
          static class Middle {
            static class Inner {
              @Widget record Leaf(int depth, Catalog.Item parent) {}
            }
          }
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("deep.Outer_Middle_Inner_LeafWidgetCodec");
  }

  @Test
  void widgetsThatReferToEachOtherAcrossPackages() {
    Compilation compilation = compile(
        source("a.Item", """
            package a;
            @dev.widgetry.annotations.Widget public record Item(String name, java.util.List<b.Item> related) {}
            """),
        source("b.Item", """
            package b;
            @dev.widgetry.annotations.Widget public record Item(int id, a.Item owner) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("WidgetryRegistry");
  }

  @Test
  void recordsWithTheirOwnMembersAndEnumsWithBodies() {
    Compilation compilation = compile(source("rich.Rich", """
        package rich;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.widgetry.annotations.Widget;
        import java.util.Objects;
        /** A record with the trimmings records have in real code. */
        @Widget
        public record Rich(String title, Level level) implements Comparable<Rich> {
          public static final int MAX = 3;
          public Rich {
            Objects.requireNonNull(level, "level");
          }
          public Rich(String title) {
            this(title, Level.LOW);
          }
          @Override
          public int compareTo(Rich other) {
            return level.compareTo(other.level);
          }
          public enum Level {
            @JsonProperty("low") LOW("l") {
              @Override public String describe() { return "calm"; }
            },
            HIGH("h");
            private final String code;
            Level(String code) { this.code = code; }
            public String describe() { return code; }
          }
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aRecordWithoutComponents() {
    Compilation compilation = compile(source("empty.Nothing", """
        package empty;
        @dev.widgetry.annotations.Widget public record Nothing() {}
        """));

    assertThat(compilation).succeededWithoutWarnings();
  }
}
