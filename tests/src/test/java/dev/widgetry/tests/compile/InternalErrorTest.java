package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.widgetry.processor.WidgetProcessor;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Filer;
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
 * processor goes on to the next widget, whose own mistake is still reported. Failures are injected
 * through the compiler's services ({@link Elements}, the {@link Filer}, the round), as a broken
 * compiler or a full disk would fail.
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
        .withProcessors(Faulty.docComment("Broken", () -> new IllegalStateException("injected failure")))
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

  @Test
  void anErrorTheJvmRecoversFromIsAnErrorOnTheWidgetToo() {
    JavaFileObject deep = source("test.Deep", """
        package test;
        import dev.widgetry.annotations.Widget;
        /** Read with a compiler that overflows its stack on this record. */
        @Widget
        public record Deep(String name) {}
        """);
    JavaFileObject next = source("test.Next", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget
        public record Next(String name, Thread worker) {}
        """);

    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(Faulty.docComment("Deep", StackOverflowError::new))
        .compile(deep, next);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[InternalError] Widgetry's processor failed on test.Deep:"
            + " java.lang.StackOverflowError at ")
        .inFile(deep).onLineContaining("public record Deep");
    assertThat(compilation).hadErrorContaining("[UnsupportedType] Component Next.worker has type java.lang.Thread")
        .inFile(next).onLineContaining("Thread worker");
  }

  @Test
  void aFailureOutsideAnyWidgetIsAnErrorOfTheRound() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new Faulty(env -> env, round -> proxy(RoundEnvironment.class, (method, args) ->
            method.getName().equals("getRootElements") ? fail(new NoClassDefFoundError("injected/Missing"))
                : method.invoke(round, args))))
        .compile(TAG);

    assertThat(compilation).hadErrorContaining("[InternalError] Widgetry's processor failed on a round of processing:"
        + " java.lang.NoClassDefFoundError: injected/Missing");
  }

  @Test
  void aFailureWhileStartingIsAnErrorOfTheProcessor() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new Faulty(env -> proxy(ProcessingEnvironment.class, (method, args) ->
            method.getName().equals("getFiler") ? fail(new AssertionError("injected")) : method.invoke(env, args)),
            round -> round))
        .compile(TAG);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[InternalError] Widgetry's processor failed on its start:"
        + " java.lang.AssertionError: injected");
  }

  @Test
  void aRegistryTheDiskRefusesIsAWriteError() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(Faulty.filer("createSourceFile", "test.WidgetryRegistry"))
        .compile(TAG);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[WriteFailed] Widgetry could not write test.WidgetryRegistry:"
        + " java.io.IOException: injected: no space left on device. Check that the build's output directory is"
        + " writable and has room.");
  }

  @Test
  void aSchemaTheDiskRefusesIsAWriteErrorOnItsWidget() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(Faulty.filer("createResource", "Tag.schema.json"))
        .compile(TAG);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[WriteFailed] Widgetry could not write test/Tag.schema.json:"
            + " java.io.IOException: injected: no space left on device. Check that the build's output directory is"
            + " writable and has room.")
        .inFile(TAG).onLineContaining("public record Tag");
  }

  private static final JavaFileObject TAG = source("test.Tag", """
      package test;
      import dev.widgetry.annotations.Widget;
      @Widget
      public record Tag(String label) {}
      """);

  /** Runs Widgetry's processor with compiler services some of whose calls fail. */
  private static final class Faulty implements Processor {
    private final Processor delegate = new WidgetProcessor();
    private final UnaryOperator<ProcessingEnvironment> env;
    private final UnaryOperator<RoundEnvironment> round;

    Faulty(UnaryOperator<ProcessingEnvironment> env, UnaryOperator<RoundEnvironment> round) {
      this.env = env;
      this.round = round;
    }

    /** {@code Elements.getDocComment} throws for one type. */
    static Faulty docComment(String failingType, Supplier<Throwable> failure) {
      return new Faulty(env -> {
        Elements elements = env.getElementUtils();
        Elements failing = proxy(Elements.class, (method, args) ->
            method.getName().equals("getDocComment") && ((Element) args[0]).getSimpleName().contentEquals(failingType)
                ? fail(failure.get())
                : method.invoke(elements, args));
        return proxy(ProcessingEnvironment.class, (method, args) ->
            method.getName().equals("getElementUtils") ? failing : method.invoke(env, args));
      }, round -> round);
    }

    /** One Filer method throws an {@link IOException} for a name that ends with {@code failingName}. */
    static Faulty filer(String failingMethod, String failingName) {
      return new Faulty(env -> {
        Filer filer = env.getFiler();
        Filer failing = proxy(Filer.class, (method, args) ->
            method.getName().equals(failingMethod) && Arrays.stream(args).anyMatch(
                arg -> arg instanceof CharSequence && arg.toString().endsWith(failingName))
                ? fail(new IOException("injected: no space left on device"))
                : method.invoke(filer, args));
        return proxy(ProcessingEnvironment.class, (method, args) ->
            method.getName().equals("getFiler") ? failing : method.invoke(env, args));
      }, round -> round);
    }

    @Override
    public void init(ProcessingEnvironment processingEnv) {
      delegate.init(env.apply(processingEnv));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
      return delegate.process(annotations, round.apply(roundEnv));
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
  }

  private static Object fail(Throwable failure) throws Throwable {
    throw failure;
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
    Object invoke(Method method, Object[] args) throws Throwable;
  }
}
