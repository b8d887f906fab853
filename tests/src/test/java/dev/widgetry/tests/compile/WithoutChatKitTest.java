package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import dev.widgetry.processor.WidgetProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compilation whose class path has Widgetry's runtime but not the ChatKit catalog, as a user of
 * another protocol's module has: handlers still get their dispatch table, and no ChatKit factories
 * that would not compile; the return types the processor knows by name need not be there.
 */
class WithoutChatKitTest {
  private static final String CHATKIT = "dev/widgetry/chatkit/";

  @TempDir Path copies;

  @Test
  void handlersGetADispatchTableAndNoChatKitFactories() throws IOException {
    JavaFileObject tickets = source("box.Tickets", """
        package box;

        import dev.widgetry.annotations.OnAction;
        import dev.widgetry.annotations.Widget;
        import dev.widgetry.runtime.ActionContext;
        import dev.widgetry.runtime.ActionResult;
        import java.util.concurrent.CompletionStage;

        public class Tickets {
          @Widget
          public record Seat(String row, int number) {}

          @OnAction("ticket.book")
          void book(Seat seat, ActionContext context) {}

          @OnAction("ticket.cancel")
          static CompletionStage<Void> cancel(int number) {
            return null;
          }

          @OnAction("ticket.list")
          static ActionResult list() {
            return null;
          }
        }
        """);

    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new WidgetProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .withClasspath(classPathWithoutChatKit())
        .compile(tickets);

    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject actions = compilation.generatedSourceFile("box.TicketsActions").orElseThrow();
    assertFalse(actions.getCharContent(true).toString().contains("ActionConfig"));
    GoldenFiles.assertMatches("box/TicketsActions.java", actions);
  }

  /** This JVM's class path, each entry that holds the ChatKit catalog replaced by a copy without it. */
  private List<File> classPathWithoutChatKit() throws IOException {
    List<File> classpath = new ArrayList<>();
    boolean removed = false;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      Path copy = copies.resolve(String.valueOf(classpath.size()));
      if (Files.isDirectory(path) && Files.isDirectory(path.resolve(CHATKIT))) {
        copyWithoutChatKit(path, copy);
      } else if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
        try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + path.toUri()), Map.of())) {
          Path root = jar.getPath("/");
          if (!Files.isDirectory(root.resolve(CHATKIT))) {
            classpath.add(path.toFile());
            continue;
          }
          copyWithoutChatKit(root, copy);
        }
      } else {
        classpath.add(path.toFile());
        continue;
      }
      classpath.add(copy.toFile());
      removed = true;
    }
    if (!removed) {
      throw new IllegalStateException("no class path entry holds " + CHATKIT + ": this test would prove nothing");
    }
    return classpath;
  }

  private static void copyWithoutChatKit(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files.filter(Files::isRegularFile).forEach(file -> {
        String relative = from.relativize(file).toString().replace('\\', '/');
        if (relative.startsWith(CHATKIT)) {
          return;
        }
        try {
          Path target = to.resolve(relative);
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
