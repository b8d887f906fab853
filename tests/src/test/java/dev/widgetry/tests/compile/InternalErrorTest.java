package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.widgetry.processor.WidgetProcessor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The one error a user cannot cause: a failure inside the processor. It must be an error on the
 * widget it happened on, worded as a bug to report, never a stack trace that ends the build; and the
 * processor goes on to the next widget, whose own mistake is still reported. The failure is injected
 * through the compiler's {@link Elements}, which throws when asked for one record's Javadoc.
 */
class InternalErrorTest {

  @Test
  void aFailureInsideTheProcessorIsAnErrorOnTheWidgetItHappenedOn() {
    JavaFileObject broken = source("test.Broken", """
        package test;
        import dev.widgetry.annotations.Widget;
        /** Read with a compiler that fails on this record. */
        @Widget
        public record Broken(String name) {}
        """);
    JavaFileObject next = source("test.Next", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget
        public record Next(String name, Thread worker) {}
        """);

    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new FailingOnDocComment("Broken", new WidgetProcessor()))
        .compile(broken, next);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[InternalError] Widgetry's processor failed on test.Broken:"
            + " java.lang.IllegalStateException: injected failure at ")
        .inFile(broken).onLineContaining("public record Broken");
    assertThat(compilation).hadErrorContaining(". This is a bug in Widgetry; please report it with this message")
        .inFile(broken).onLineContaining("public record Broken");
    assertThat(compilation).hadErrorContaining("[UnsupportedType] Component Next.worker has type java.lang.Thread")
        .inFile(next).onLineContaining("Thread worker");
  }

  /** Runs a processor with a compiler whose {@code Elements.getDocComment} fails for one type. */
  private static final class FailingOnDocComment implements Processor {
    private final String failingType;
    private final Processor delegate;

    FailingOnDocComment(String failingType, Processor delegate) {
      this.failingType = failingType;
      this.delegate = delegate;
    }

    @Override
    public void init(ProcessingEnvironment env) {
      Elements elements = env.getElementUtils();
      Elements failing = proxy(Elements.class, (method, args) ->
          method.getName().equals("getDocComment") && ((Element) args[0]).getSimpleName().contentEquals(failingType)
              ? fail()
              : method.invoke(elements, args));
      delegate.init(proxy(ProcessingEnvironment.class, (method, args) ->
          method.getName().equals("getElementUtils") ? failing : method.invoke(env, args)));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
        Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }

    private static Object fail() {
      throw new IllegalStateException("injected failure");
    }

    private static <T> T proxy(Class<T> type, Call call) {
      return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
        try {
          return call.invoke(method, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }));
    }

    /** What a proxy does with one call. */
    private interface Call {
      Object invoke(Method method, Object[] args) throws Exception;
    }
  }
}
