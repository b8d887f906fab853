package readme.templates;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.readme.ReadmeExample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.annotation.processing.Processor;

public class TemplatesExample implements ReadmeExample {
  /** Where the README's .widget file is, as the harness hands it to the processor. */
  private static final Path RESOURCES =
      Path.of(System.getProperty("widgetry.readme.scaffolds", "src/test/readme"), "resources");

  @Override
  public void run(Blocks readme) throws Exception {
    String file = Files.readString(RESOURCES.resolve("widgets/order_status.widget"), StandardCharsets.UTF_8);
    readme.output("templates/file", file);
    readme.output("templates/tool", Widgets.toolDefinition(OrderStatus.class));
    String toolCallArguments = readme.input("templates/arguments");
    // README snippet: templates/render
    readme.output("templates/widget", json);
    readme.output("templates/broken", brokenBuild(file.replace("item.label", "item.name")));
  }

  /** The first error of a build whose .widget file holds {@code content}. */
  private static String brokenBuild(String content) throws Exception {
    Path folder = Files.createTempDirectory("readme-templates");
    Files.createDirectories(folder.resolve("widgets"));
    Files.writeString(folder.resolve("widgets/order_status.widget"), content, StandardCharsets.UTF_8);
    // Named, not imported: the processor's class file carries an annotation not on this class path.
    Processor processor = (Processor) Class.forName("dev.widgetry.processor.WidgetProcessor")
        .getDeclaredConstructor().newInstance();
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(processor)
        .withOptions("-Awidgetry.templates=" + folder)
        .compile(JavaFileObjects.forSourceString("shop.Templates", """
            package shop;
            @dev.widgetry.annotations.WidgetTemplates("widgets/order_status.widget")
            final class Templates {}
            """));
    return compilation.errors().stream().map(error -> error.getMessage(null)).findFirst()
        .orElseThrow(() -> new AssertionError("the broken template built"));
  }
}
