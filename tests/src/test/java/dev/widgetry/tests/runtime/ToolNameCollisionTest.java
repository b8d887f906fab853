package dev.widgetry.tests.runtime;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.widgetry.processor.WidgetProcessor;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.tests.compile.ClassOutput;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two handlers compiled apart whose action types become one tool name: the processor cannot see
 * both, so the dispatcher that is given both refuses them, as it refuses one action type twice.
 */
class ToolNameCollisionTest {
  @TempDir Path first;
  @TempDir Path second;

  @Test
  void handlersCompiledApartWhoseActionsShareAToolNameAreRefusedNamingBoth() throws Exception {
    compileInto(first, "tools.one.Cart", """
        package tools.one;

        public class Cart {
          @dev.widgetry.annotations.OnAction("cart.add")
          public void add() {}
        }
        """);
    compileInto(second, "tools.two.Basket", """
        package tools.two;

        public class Basket {
          @dev.widgetry.annotations.OnAction("Cart_Add")
          public void put() {}
        }
        """);
    try (URLClassLoader one = loader(first); URLClassLoader two = loader(second)) {
      Object cart = one.loadClass("tools.one.Cart").getConstructor().newInstance();
      Object basket = two.loadClass("tools.two.Basket").getConstructor().newInstance();

      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActionDispatcher.of(cart, basket));

      assertEquals("Action types \"cart.add\" (Cart.add) and \"Cart_Add\" (Basket.put) are both offered to models"
          + " as the tool \"cart_add\". Rename one action type", e.getMessage());
      assertEquals(1, ActionDispatcher.of(cart).toolDefinitions().size());
    }
  }

  private static void compileInto(Path directory, String name, String source) throws IOException {
    Compilation compilation = Compiler.javac().withProcessors(new WidgetProcessor())
        .compile(JavaFileObjects.forSourceString(name, source));
    assertThat(compilation).succeeded();
    ClassOutput.write(compilation, directory);
  }

  private static URLClassLoader loader(Path directory) throws IOException {
    return new URLClassLoader(new URL[] {directory.toUri().toURL()}, ToolNameCollisionTest.class.getClassLoader());
  }
}
