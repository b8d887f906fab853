package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.TemplateFiles.at;
import static dev.widgetry.tests.compile.TemplateFiles.templates;
import static dev.widgetry.tests.compile.TemplateFiles.widget;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Actions in templates checked against the {@code @OnAction} handlers compiled with them. */
class TemplateActionsTest {
  private static final String SCHEMA = """
      {"type": "object", "properties": {"sku": {"type": "string"}, "count": {"type": "integer"}},
       "required": ["sku", "count"], "additionalProperties": false}""";

  @TempDir
  Path folder;

  private TemplateFiles files;

  @BeforeEach
  void files() {
    files = new TemplateFiles(folder);
  }

  private static JavaFileObject handlers() {
    return Compiler.source("test.Cart", """
        package test;
        import dev.widgetry.annotations.FormField;
        import dev.widgetry.annotations.OnAction;
        import dev.widgetry.annotations.Widget;
        class Cart {
          @Widget record AddItem(String sku, int quantity, @FormField String note) {}
          @OnAction("cart.add") void add(AddItem item) {}
          @OnAction("cart.clear") void clear() {}
        }
        """);
  }

  private static String button(String action) {
    return "{\"type\": \"Card\", \"children\": [{\"type\": \"Button\", \"label\": \"Add\", \"onClickAction\": "
        + action + "}]}";
  }

  @Test
  void aPayloadTheHandlerReads() {
    String path = files.write("t.widget", widget(button("{\"type\": \"cart.add\", \"payload\": {\"sku\": {{ sku |"
        + " tojson }}, \"quantity\": {{ count | tojson }}}}"), SCHEMA));
    Compilation compilation = files.compile(templates(path), handlers());
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aPayloadWithAPropertyTheHandlerDoesNotRead() {
    String content = widget(button("{\"type\": \"cart.add\", \"payload\": {\"sku\": {{ sku | tojson }},"
        + " \"qty\": {{ count | tojson }}}}"), SCHEMA);
    String path = files.write("t.widget", content);
    Compilation compilation = files.compile(templates(path), handlers());
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[TemplateActionPayload] " + at("t.widget", content, "\\\"qty")
            + ": the payload of action \"cart.add\" does not fit Cart.add, which handles it: Cart.AddItem has no prop"
            + " \"qty\" (did you mean \"quantity\"?).")
        .inFile(templates(path)).onLineContaining("@WidgetTemplates");
  }

  @Test
  void aPayloadOfTheWrongKind() {
    String content = widget(button("{\"type\": \"cart.add\", \"payload\": {\"sku\": {{ sku | tojson }},"
        + " \"quantity\": {{ sku | tojson }}}}"), SCHEMA);
    String path = files.write("t.widget", content);
    Compilation compilation = files.compile(templates(path), handlers());
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[TemplateActionPayload] " + at("t.widget", content, "sku | tojson", 2)
            + ": the payload of action \"cart.add\" does not fit Cart.add, which handles it: Cart.AddItem.quantity takes"
            + " a whole number, and the template gives a string.")
        .inFile(templates(path)).onLineContaining("@WidgetTemplates");
  }

  @Test
  void anActionNoHandlerDeclares() {
    String content = widget(button("{\"type\": \"cart.ad\"}"), SCHEMA);
    String path = files.write("t.widget", content);
    Compilation compilation = files.compile(templates(path), handlers());
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[TemplateUnhandledAction] " + at("t.widget", content, "\\\"cart.ad")
            + ": no @OnAction method in this compilation handles action \"cart.ad\" (did you mean \"cart.add\"?). Add a"
            + " handler, or check the type's spelling.")
        .inFile(templates(path)).onLineContaining("@WidgetTemplates");
  }

  @Test
  void anActionThePageHandles() {
    String path = files.write("t.widget", widget(button("{\"type\": \"page.scroll\", \"handler\": \"client\"}"), SCHEMA));
    Compilation compilation = files.compile(templates(path), handlers());
    assertThat(compilation).succeededWithoutWarnings();
  }
}
