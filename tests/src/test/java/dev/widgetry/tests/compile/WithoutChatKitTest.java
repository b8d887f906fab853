package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import dev.widgetry.processor.WidgetProcessor;
import java.io.IOException;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compilation whose class path has Widgetry's runtime but not the ChatKit catalog, as a user of
 * another protocol's module has: handlers still get their dispatch table, and no ChatKit factories
 * that would not compile; the return types the processor knows by name need not be there.
 */
class WithoutChatKitTest {
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
        .withClasspath(ClassPathWithoutChatKit.of(copies))
        .compile(tickets);

    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject actions = compilation.generatedSourceFile("box.TicketsActions").orElseThrow();
    assertFalse(actions.getCharContent(true).toString().contains("ActionConfig"));
    GoldenFiles.assertMatches("box/TicketsActions.java", actions);
  }
}
