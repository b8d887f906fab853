package dev.widgetry.tests.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.widgetry.processor.WidgetProcessor;
import javax.tools.JavaFileObject;

/** Compiles test sources with Widgetry's processor, the way a user's build does. */
final class Compiler {
  private Compiler() {}

  static Compilation compile(JavaFileObject... sources) {
    return com.google.testing.compile.Compiler.javac()
        .withProcessors(new WidgetProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }

  /** A source file named after its public type, e.g. {@code test.Card}. */
  static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }
}
