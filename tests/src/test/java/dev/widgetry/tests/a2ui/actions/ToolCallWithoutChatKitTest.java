package dev.widgetry.tests.a2ui.actions;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.widgetry.a2ui.OfficialSchemas;
import dev.widgetry.processor.WidgetProcessor;
import dev.widgetry.tests.compile.ClassOutput;
import dev.widgetry.tests.compile.ClassPathWithoutChatKit;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application with widgetry-a2ui and not widgetry-chatkit: a model's tool call reaches the
 * handler, and its server messages come back as the tool's result CopilotKit's A2UI middleware
 * renders ({@code {"a2ui_operations": [...]}}), each valid by the official v0.9 schema. The
 * handler is compiled, and the dispatcher loaded, in a class loader whose class path has no ChatKit
 * module.
 */
class ToolCallWithoutChatKitTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path classes;

  @Test
  void aToolCallIsAnsweredWithTheHandlersServerMessagesAsA2uiOperations() throws Exception {
    // The tests' own classes are left out too: their generated registry names ChatKit's widgets.
    List<File> classPath = ClassPathWithoutChatKit.withoutModules().stream()
        .filter(entry -> !entry.getPath().endsWith("test-classes")).collect(Collectors.toList());
    Compilation compilation = Compiler.javac().withProcessors(new WidgetProcessor()).withClasspath(classPath)
        .compile(JavaFileObjects.forSourceString("greet.Greeter", """
            package greet;

            import dev.widgetry.a2ui.A2uiAnswer;
            import dev.widgetry.a2ui.DeleteSurface;
            import dev.widgetry.a2ui.UpdateDataModel;
            import dev.widgetry.annotations.OnAction;
            import dev.widgetry.annotations.Widget;
            import java.util.List;

            public class Greeter {
              @Widget
              public record Guest(String name) {}

              @Widget
              public record Welcome(String greeting) {}

              @OnAction("greet.guest")
              public A2uiAnswer greet(Guest guest) {
                return new A2uiAnswer(List.of(UpdateDataModel.of("welcome", new Welcome("Hello " + guest.name())),
                    new DeleteSurface("old")));
              }
            }
            """));
    assertThat(compilation).succeeded();
    ClassOutput.write(compilation, classes);
    List<URL> urls = new ArrayList<>();
    urls.add(classes.toUri().toURL());
    for (File entry : classPath) {
      urls.add(entry.toURI().toURL());
    }

    try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      assertThrows(ClassNotFoundException.class,
          () -> loader.loadClass("dev.widgetry.chatkit.internal.ChatKitProtocol"));
      Class<?> dispatcherType = loader.loadClass("dev.widgetry.runtime.ActionDispatcher");
      Class<?> contextType = loader.loadClass("dev.widgetry.runtime.ActionContext");
      Object handler = loader.loadClass("greet.Greeter").getConstructor().newInstance();
      Object dispatcher = dispatcherType.getMethod("of", Object[].class).invoke(null, (Object) new Object[] {handler});
      Object context = contextType.getMethod("empty").invoke(null);

      CompletionStage<?> answered = (CompletionStage<?>) dispatcherType
          .getMethod("dispatchToolCall", String.class, String.class, contextType)
          .invoke(dispatcher, "greet_guest", "{\"name\":\"Ada\"}", context);
      Object response = answered.toCompletableFuture().join();

      assertEquals(200, response.getClass().getMethod("status").invoke(response));
      String body =
          new String((byte[]) response.getClass().getMethod("body").invoke(response), StandardCharsets.UTF_8);
      assertEquals(JSON.readTree("{\"a2ui_operations\":[{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":"
          + "\"welcome\",\"value\":{\"greeting\":\"Hello Ada\"}}},{\"version\":\"v0.9\",\"deleteSurface\":"
          + "{\"surfaceId\":\"old\"}}]}"), JSON.readTree(body));
      for (JsonNode operation : JSON.readTree(body).get("a2ui_operations")) {
        assertEquals(List.of(), OfficialSchemas.official()
            .problems("server_to_client_list.json", JSON.createArrayNode().add(operation)),
            operation::toString);
      }
    }
  }
}
