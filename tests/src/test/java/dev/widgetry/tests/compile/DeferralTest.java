package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.widgetry.processor.WidgetProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * A widget that refers to a type another processor generates (as Lombok or AutoValue do) waits
 * for that type instead of failing in the round where it is still missing.
 */
class DeferralTest {

  /** Writes {@code test.Address}, a @Widget record, in the first round, as another processor would. */
  private static final class AddressGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      try (Writer writer = processingEnv.getFiler().createSourceFile("test.Address").openWriter()) {
        writer.write("package test;\n@dev.widgetry.annotations.Widget public record Address(String street) {}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }

  @Test
  void aWidgetWaitsForATypeAnotherProcessorGenerates() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new WidgetProcessor(), new AddressGenerator())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(source("test.Order", """
            package test;
            import dev.widgetry.annotations.Widget;
            @Widget
            public record Order(String id, Address shipTo) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.OrderWidgetCodec");
    assertThat(compilation).generatedSourceFile("test.AddressWidgetCodec");
    assertThat(compilation).generatedSourceFile("test.WidgetryRegistry").contentsAsUtf8String()
        .contains("WIDGETS = \"test.Address,test.Order\"");
  }
}
