package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.TemplateFiles.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.TextNode;
import com.google.testing.compile.Compilation;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.CreateSurface;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.a2ui.Theme;
import dev.widgetry.a2ui.UpdateComponents;
import dev.widgetry.a2ui.UpdateDataModel;
import dev.widgetry.runtime.WidgetParseException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fields of the createSurface and updateComponents messages an A2UI component file's generated
 * class embeds and parses when it loads: what the runtime's {@link A2ui#parseMessages} refuses (the
 * test asks it, for each file) is a compile error at its line and JSON Pointer, so that a file that
 * compiles loads; a file with a theme compiles to a class that loads and sends it.
 */
class A2uiTemplateMessageFieldsTest {
  private static final String BASIC = "https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json";
  private static final String FILE = """
      {
        "name": "Order",
        "description": "An order's title, on a themed surface.",
        "messages": [
          {"version": "v0.9", "createSurface": {"surfaceId": "order", "catalogId": "%s",
            "theme": {"primaryColor": "#00BFFF", "iconUrl": "https://example.com/icon.png", "agentDisplayName": "Orders", "density": "compact"},
            "sendDataModel": true}},
          {"version": "v0.9", "updateComponents": {"surfaceId": "order", "components": [
            {"id": "root", "component": "Text", "text": {"path": "/title"}}
          ]}}
        ]
      }
      """.formatted(BASIC);
  private static final String CREATE = "/messages/0/createSurface";

  @TempDir
  Path folder;

  @TempDir
  Path output;

  private TemplateFiles files;

  @BeforeEach
  void files() {
    files = new TemplateFiles(folder);
  }

  private static JavaFileObject order() {
    return Compiler.source("test.Order", """
        package test;
        import dev.widgetry.annotations.Widget;
        import dev.widgetry.annotations.WidgetTemplate;
        @Widget
        @WidgetTemplate("widgets/order.json")
        public record Order(String title) {}
        """);
  }

  /** As {@link #assertRefused(String, String, String, String)}, the error where {@code to} starts. */
  private void assertRefused(String from, String to, String message) {
    assertRefused(from, to, to, message);
  }

  /**
   * Changes {@link #FILE} by {@code from -> to}; checks that the runtime refuses its messages and
   * that compiling gives the one error, whose {@code @} is where {@code where} is first written.
   */
  private void assertRefused(String from, String to, String where, String message) {
    String content = FILE.replace(from, to);
    if (content.equals(FILE)) {
      throw new IllegalArgumentException(from + " is not in the file");
    }
    assertThrows(WidgetParseException.class, () -> A2ui.parseMessages(content));
    files.write("order.json", content);
    JavaFileObject record = order();
    Compilation compilation = files.compile(record);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message.replace("@", at("order.json", content, where)))
        .inFile(record).onLineContaining("@WidgetTemplate");
  }

  @Test
  void theFileWithAThemeLoadsAndSendsIt() throws Exception {
    A2ui.parseMessages(FILE);
    files.write("order.json", FILE);
    Compilation compilation = files.compile(order());
    assertThat(compilation).succeededWithoutWarnings();
    CompiledOutput.writeTo(compilation, output);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {output.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> order = loader.loadClass("test.Order");
      Object data = order.getDeclaredConstructor(String.class).newInstance("Order 7");
      @SuppressWarnings("unchecked")
      List<ServerMessage> messages = (List<ServerMessage>) loader.loadClass("test.OrderTemplate")
          .getMethod("messages", order).invoke(null, data);

      assertEquals(3, messages.size());
      Theme theme = Theme.of("#00BFFF", "https://example.com/icon.png", "Orders",
          Map.of("density", TextNode.valueOf("compact")));
      assertEquals(new CreateSurface("order", BASIC, theme, true), messages.get(0));
      assertEquals("order", ((UpdateComponents) messages.get(1)).surfaceId());
      assertEquals("order", ((UpdateDataModel) messages.get(2)).surfaceId());
    }
  }

  @Test
  void aCreateSurfaceWithoutCatalogId() {
    assertRefused("\"catalogId\": \"" + BASIC + "\",", "", "{\"surfaceId\": \"order\", \n", "[A2uiTemplateMessage] @ ("
        + CREATE + "): createSurface has no catalogId; name the catalog its components come from, \"" + BASIC + "\".");
  }

  @Test
  void aCatalogIdNotAString() {
    assertRefused("\"catalogId\": \"" + BASIC + "\"", "\"catalogId\": 9", "9,", "[A2uiTemplateMessage] @ (" + CREATE
        + "/catalogId): catalogId is a string, and the file gives a number (9).");
  }

  @Test
  void aCreateSurfaceWithoutSurfaceId() {
    assertRefused("{\"surfaceId\": \"order\", \"catalogId\"", "{\"catalogId\"", "{\"catalogId\"",
        "[A2uiTemplateMessage] @ (" + CREATE + "): it has no surfaceId; name the surface the file's messages are for.");
  }

  @Test
  void aSurfaceIdNotAString() {
    assertRefused("{\"surfaceId\": \"order\", \"catalogId\"", "{\"surfaceId\": 7, \"catalogId\"", "7,",
        "[A2uiTemplateMessage] @ (" + CREATE + "/surfaceId): surfaceId is a string, and the file gives a number (7).");
  }

  @Test
  void aFieldCreateSurfaceLacks() {
    assertRefused("\"sendDataModel\"", "\"sendDataModal\"", "[A2uiTemplateMessage] @ (" + CREATE + "/sendDataModal):"
        + " createSurface has no field \"sendDataModal\" (did you mean \"sendDataModel\"?); its fields are surfaceId,"
        + " catalogId, theme, sendDataModel.");
  }

  @Test
  void aSendDataModelNotABoolean() {
    assertRefused("\"sendDataModel\": true", "\"sendDataModel\": \"yes\"", "\"yes\"", "[A2uiTemplateMessage] @ ("
        + CREATE + "/sendDataModel): sendDataModel is true or false, and the file gives a string (\"yes\").");
  }

  @Test
  void aThemeNotAnObject() {
    assertRefused("{\"primaryColor\": \"#00BFFF\", \"iconUrl\": \"https://example.com/icon.png\", \"agentDisplayName\":"
        + " \"Orders\", \"density\": \"compact\"}", "\"dark\"", "\"dark\"",
        "[A2uiTemplateMessage] @ (" + CREATE + "/theme): theme is an object such as {\"primaryColor\": \"#00BFFF\"},"
            + " and the file gives a string (\"dark\").");
  }

  @Test
  void aPrimaryColorNotRrggbb() {
    assertRefused("\"#00BFFF\"", "\"blue\"", "[A2uiTemplateMessage] @ (" + CREATE + "/theme/primaryColor):"
        + " primaryColor is a color written #rrggbb, such as \"#00BFFF\", and \"blue\" is not.");
  }

  @Test
  void anIconUrlNotAbsolute() {
    assertRefused("\"https://example.com/icon.png\"", "\"icon.png\"", "[A2uiTemplateMessage] @ (" + CREATE
        + "/theme/iconUrl): iconUrl is an absolute URI, such as \"https://example.com/icon.png\", and \"icon.png\" is"
        + " not.");
  }

  @Test
  void anAgentDisplayNameNotAString() {
    assertRefused("\"Orders\"", "42", "42", "[A2uiTemplateMessage] @ (" + CREATE + "/theme/agentDisplayName):"
        + " agentDisplayName is a string, and the file gives a number (42).");
  }

  @Test
  void aFieldUpdateComponentsLacks() {
    assertRefused("\"updateComponents\": {\"surfaceId\": \"order\", ",
        "\"updateComponents\": {\"surfaceId\": \"order\", \"replace\": true, ", "\"replace\"",
        "[A2uiTemplateMessage] @ (/messages/1/updateComponents/replace): updateComponents has no field \"replace\";"
            + " its fields are surfaceId, components.");
  }

  @Test
  void aMessageOfAnotherVersion() {
    assertRefused("{\"version\": \"v0.9\", \"createSurface\"", "{\"version\": \"v1.0\", \"createSurface\"",
        "\"v1.0\"", "[A2uiTemplateMessage] @ (/messages/0/version): version \"v1.0\" is not v0.9, the version the"
            + " catalog's records describe; a component file describes one surface with createSurface,"
            + " updateComponents and updateDataModel.");
  }
}
