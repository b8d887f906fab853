package readme.templates;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.tests.readme.ReadmeExample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.annotation.processing.Processor;

public class A2uiTemplatesExample implements ReadmeExample {
  /** Where the README's A2UI file is, as the harness hands it to the processor. */
  private static final Path RESOURCES =
      Path.of(System.getProperty("widgetry.readme.scaffolds", "src/test/readme"), "resources");

  @Override
  public void run(Blocks readme) throws Exception {
    String file = Files.readString(RESOURCES.resolve("a2ui/order_lines.json"), StandardCharsets.UTF_8);
    readme.output("templates/a2ui-file", file);
    OrderLines data = new OrderLines("Order 1042", List.of(new OrderLines.Line("Tea", 2)));
    // README snippet: templates/a2ui-messages
    if (!A2ui.validate(messages).isEmpty()) {
      throw new AssertionError(A2ui.validate(messages).toString());
    }
    readme.output("templates/a2ui-jsonl", jsonl);
    readme.output("templates/a2ui-broken", brokenBuild(file.replace("\"quantity\"}", "\"qty\"}")));
  }

  /** The first error of a build whose A2UI file holds {@code content}. */
  private static String brokenBuild(String content) throws Exception {
    Path folder = Files.createTempDirectory("readme-a2ui");
    Files.createDirectories(folder.resolve("a2ui"));
    Files.writeString(folder.resolve("a2ui/order_lines.json"), content, StandardCharsets.UTF_8);
    // Named, not imported: the processor's class file carries an annotation not on this class path.
    Processor processor = (Processor) Class.forName("dev.widgetry.processor.WidgetProcessor")
        .getDeclaredConstructor().newInstance();
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(processor)
        .withOptions("-Awidgetry.templates=" + folder)
        .compile(JavaFileObjects.forSourceString("shop.OrderLines", """
            package shop;
            import dev.widgetry.annotations.Widget;
            import dev.widgetry.annotations.WidgetTemplate;
            import java.util.List;
            @Widget
            @WidgetTemplate("a2ui/order_lines.json")
            record OrderLines(String title, List<Line> lines) {
              @Widget
              record Line(String name, int quantity) {}
            }
            """));
    return compilation.errors().stream().map(error -> error.getMessage(null)).findFirst()
        .orElseThrow(() -> new AssertionError("the broken file built"));
  }
}
