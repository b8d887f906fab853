package dev.widgetry.tests.runtime;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.widgetry.processor.WidgetProcessor;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.compile.ClassOutput;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Widgetry's caches do not keep a class loader alive: an application server or a hot reload drops
 * a loader whose widgets and handlers went through Widgetry, and the loader is collected.
 */
class ClassLoaderLeakTest {
  private static final JavaFileObject NOTE = JavaFileObjects.forSourceString("leak.probe.Note", """
      package leak.probe;

      @dev.widgetry.annotations.Widget
      public record Note(String text) {}
      """);
  private static final JavaFileObject HANDLERS = JavaFileObjects.forSourceString("leak.probe.NoteHandlers", """
      package leak.probe;

      public class NoteHandlers {
        @dev.widgetry.annotations.OnAction("note.keep")
        public void keep(Note note) {}
      }
      """);

  @TempDir Path plugin;

  @Test
  void aLoaderWhoseClassesAreUnreachableIsCollected() throws Exception {
    Compilation compiled = Compiler.javac().withProcessors(new WidgetProcessor()).compile(NOTE, HANDLERS);
    assertThat(compiled).succeeded();
    ClassOutput.write(compiled, plugin);

    WeakReference<ClassLoader> loader = useThroughWidgetryAndDrop(plugin);

    LeakChecks.assertCollected(loader, "the plugin's class loader");
  }

  /** Writes, reads and dispatches through the plugin's classes, and lets go of all of them. */
  private static WeakReference<ClassLoader> useThroughWidgetryAndDrop(Path plugin) throws Exception {
    URLClassLoader child = new URLClassLoader(new URL[] {plugin.toUri().toURL()}, ClassLoaderLeakTest.class.getClassLoader());
    Class<?> note = child.loadClass("leak.probe.Note");
    Object value = note.getConstructor(String.class).newInstance("hi");

    assertEquals("{\"text\":\"hi\"}", Widgets.toJson(value));
    // Compared as JSON: a record's own equals links through java.lang.invoke, whose soft caches
    // outlive a System.gc() and would hold the loader for reasons that are not Widgetry's.
    assertEquals("{\"text\":\"ho\"}", Widgets.toJson(Widgets.fromJson("{\"text\":\"ho\"}", note)));
    Object handlers = child.loadClass("leak.probe.NoteHandlers").getConstructor().newInstance();
    ActionResponse response = ActionDispatcher.of(handlers)
        .handle("{\"action\":{\"type\":\"note.keep\",\"payload\":{\"text\":\"x\"}}}", ActionContext.empty());
    assertEquals(200, response.status(), response.bodyText());

    child.close();
    return new WeakReference<>(child);
  }
}
