package dev.widgetry.tests.a2ui.loader;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiComponent;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.tests.compile.ClassOutput;
import java.net.URLClassLoader;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The v1.0 writer finds a component's catalog by loading the class named {@code <Interface>Catalog}
 * beside its interface: one that is there but fails to initialize is an error the caller sees, not
 * a component of no catalog.
 */
class CatalogClassErrorTest {
  private static final JavaFileObject BROKEN = JavaFileObjects.forSourceString("broken.BrokenComponent", """
      package broken;

      public interface BrokenComponent extends dev.widgetry.a2ui.A2uiComponent {}
      """);
  private static final JavaFileObject DIAL = JavaFileObjects.forSourceString("broken.Dial", """
      package broken;

      public record Dial(String id) implements BrokenComponent {
        public Dial withId(String id) {
          return new Dial(id);
        }
      }
      """);
  private static final JavaFileObject CATALOG = JavaFileObjects.forSourceString("broken.BrokenComponentCatalog", """
      package broken;

      public final class BrokenComponentCatalog {
        static final Object CATALOG = fail();

        private static Object fail() {
          throw new IllegalStateException("broken on purpose");
        }
      }
      """);

  @TempDir Path application;

  @Test
  void aCatalogClassThatFailsToInitializeIsAnErrorTheWriterPassesOn() throws Exception {
    Compilation compiled = Compiler.javac().compile(BROKEN, DIAL, CATALOG);
    assertThat(compiled).succeeded();
    ClassOutput.write(compiled, application);

    try (URLClassLoader child = CatalogLoaderLeakTest.load(application)) {
      A2uiComponent dial = (A2uiComponent) child.loadClass("broken.Dial").getConstructors()[0].newInstance("d");
      Surface surface = Surface.builder("o").root(Column.of(dial)).build();

      ExceptionInInitializerError error = assertThrows(ExceptionInInitializerError.class,
          () -> A2ui.writer(A2uiVersion.V1_0).toJsonArray(surface.messages()));
      assertEquals("broken on purpose", error.getCause().getMessage());
    }
  }
}
