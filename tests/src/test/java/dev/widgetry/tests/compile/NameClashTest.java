package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.compile;
import static dev.widgetry.tests.compile.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.widgetry.processor.WidgetProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A user's type named like one Widgetry generates, and an unusable registry name: the user's
 * mistakes, reported as such with the way out, never a crash of javac or a bug of Widgetry.
 */
class NameClashTest {
  private static final JavaFileObject TAG = source("test.Tag", """
      package test;
      import dev.widgetry.annotations.Widget;
      @Widget
      public record Tag(String label) {}
      """);

  @Test
  void aClassNamedLikeTheRegistry() {
    JavaFileObject registry = source("test.WidgetryRegistry", """
        package test;
        public class WidgetryRegistry {}
        """);

    Compilation compilation = compile(TAG, registry);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[GeneratedTypeTaken] test.WidgetryRegistry is declared in this"
            + " compilation, and Widgetry generates a type of that name: the registry of this module's widgets and"
            + " handlers. Rename test.WidgetryRegistry, or give the registry another name with"
            + " -Awidgetry.registry=<package>.<Name>.")
        .inFile(registry).onLineContaining("public class WidgetryRegistry");
  }

  @Test
  void theRegistryOptionIsTheWayOutOfThatClash() {
    JavaFileObject registry = source("test.WidgetryRegistry", """
        package test;
        public class WidgetryRegistry {}
        """);

    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new WidgetProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror", "-Awidgetry.registry=test.TagRegistry")
        .compile(TAG, registry);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.TagRegistry");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "test.1bad    | \"1bad\" is not a Java identifier",
      "test.class   | \"class\" is a Java keyword",
      "test..Reg    | it has an empty part, before, between or after its dots",
      "test.Reg.    | it has an empty part, before, between or after its dots",
      "my-app.Reg   | \"my-app\" is not a Java identifier",
  })
  void anUnusableRegistryName(String option, String problem) {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new WidgetProcessor())
        .withOptions("-Awidgetry.registry=" + option)
        .compile(TAG);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[InvalidRegistryOption] -Awidgetry.registry=" + option + " is not a"
        + " usable name for the registry class: " + problem + ". Give a qualified class name, such as"
        + " com.acme.WidgetryRegistry, or leave the option out to use WidgetryRegistry in the package the widgets"
        + " share.");
  }

  @Test
  void aClassNamedLikeAWidgetsCodec() {
    JavaFileObject codec = source("test.TagWidgetCodec", """
        package test;
        public class TagWidgetCodec {}
        """);

    Compilation compilation = compile(TAG, codec);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[GeneratedTypeTaken] test.TagWidgetCodec is declared in this"
            + " compilation, and Widgetry generates a type of that name: the codec of test.Tag. Rename"
            + " test.TagWidgetCodec, or rename test.Tag.")
        .inFile(TAG).onLineContaining("public record Tag");
  }

  @Test
  void aClassNamedLikeAWidgetsBuilder() {
    JavaFileObject row = source("test.Row", """
        package test;
        import dev.widgetry.annotations.Widget;
        import dev.widgetry.annotations.WidgetBuilder;
        @Widget
        @WidgetBuilder
        public record Row(String label) {}
        """);
    JavaFileObject builder = source("test.RowBuilder", """
        package test;
        public class RowBuilder {}
        """);

    Compilation compilation = compile(row, builder);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[GeneratedTypeTaken] test.RowBuilder is declared in this"
            + " compilation, and Widgetry generates a type of that name: the builder of test.Row. Rename"
            + " test.RowBuilder, or rename test.Row.")
        .inFile(row).onLineContaining("public record Row");
  }

  @Test
  void aClassNamedLikeAHandlersActions() {
    JavaFileObject handlers = source("test.Cart", """
        package test;
        import dev.widgetry.annotations.OnAction;
        public class Cart {
          @OnAction("cart.clear")
          void clear() {}
        }
        """);
    JavaFileObject actions = source("test.CartActions", """
        package test;
        public class CartActions {}
        """);

    Compilation compilation = compile(handlers, actions);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[GeneratedTypeTaken] test.CartActions is declared in this"
            + " compilation, and Widgetry generates a type of that name: the actions class of test.Cart. Rename"
            + " test.CartActions, or rename test.Cart.")
        .inFile(handlers).onLineContaining("public class Cart");
  }

  /**
   * Another processor that writes the codec's name in the same round as Widgetry: no type of that
   * name is visible yet, so only the compiler's refusal tells.
   */
  @Test
  void aTypeAnotherProcessorGeneratesUnderACodecsName() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(SourceWritingProcessor.emptyClass("test.TagWidgetCodec"), new WidgetProcessor())
        .compile(TAG);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[GeneratedTypeTaken] The compiler refused to create"
            + " test.TagWidgetCodec, the codec of test.Tag (")
        .inFile(TAG).onLineContaining("public record Tag");
    assertThat(compilation).hadErrorContaining("): a type of that name exists already, declared in your sources or"
            + " generated by another processor. Rename that type, or rename test.Tag.")
        .inFile(TAG).onLineContaining("public record Tag");
  }
}
