package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.compile;
import static dev.widgetry.tests.compile.Compiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A binding of the wrong kind is javac's own type error, where the binding is written: a number
 * bound to a Text's text, a renamed component that no longer has its path.
 */
class BindingTypeErrorTest {

  @Test
  void aNumberBoundWhereAStringIsExpected() {
    JavaFileObject file = source("shop.Receipt", """
        package shop;

        import dev.widgetry.a2ui.basic.Text;
        import dev.widgetry.annotations.Widget;

        @Widget
        public record Receipt(String id, int eta) {
          static Text etaLine() {
            return Text.builder()
                .text(ReceiptPaths.root().eta())
                .build();
          }
        }
        """);
    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("incompatible types: dev.widgetry.a2ui.NumberPath cannot be converted"
            + " to dev.widgetry.a2ui.DynamicString")
        .inFile(file).onLineContaining(".text(ReceiptPaths.root().eta())");
  }

  /** {@code @index} gives a number: a DynamicNumber or any value takes it, a string or a boolean does not. */
  @Test
  void theIndexOfATemplateItemWhereAStringOrABooleanIsExpected() {
    JavaFileObject file = source("shop.Rows", """
        package shop;

        import dev.widgetry.a2ui.Action;
        import dev.widgetry.a2ui.basic.CheckBox;
        import dev.widgetry.a2ui.basic.Functions;
        import dev.widgetry.a2ui.basic.Text;

        final class Rows {
          static Object[] rows() {
            return new Object[] {
                Text.of(Functions.formatNumber(Functions.index(1))),
                Action.event("pick").with("index", Functions.index()),
                Text.builder().text(Functions.index()).build(),
                CheckBox.builder().value(Functions.index()).build()};
          }
        }
        """);
    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("incompatible types: dev.widgetry.a2ui.IndexCall cannot be converted"
            + " to dev.widgetry.a2ui.DynamicString")
        .inFile(file).onLineContaining("Text.builder().text(Functions.index())");
    assertThat(compilation).hadErrorContaining("incompatible types: dev.widgetry.a2ui.IndexCall cannot be converted"
            + " to dev.widgetry.a2ui.DynamicBoolean")
        .inFile(file).onLineContaining("CheckBox.builder().value(Functions.index())");
  }

  @Test
  void aBindingToAComponentThatWasRenamed() {
    JavaFileObject file = source("shop.Receipt", """
        package shop;

        import dev.widgetry.a2ui.basic.Text;
        import dev.widgetry.annotations.Widget;

        @Widget
        public record Receipt(String id, String customerName) {
          static Text nameLine() {
            return Text.of(ReceiptPaths.root().name());
          }
        }
        """);
    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol")
        .inFile(file).onLineContaining("ReceiptPaths.root().name()");
  }
}
