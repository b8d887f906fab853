package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.TemplateFiles.at;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error of an A2UI component file bound with {@code @WidgetTemplate}: the file's shape and
 * messages, its catalog, each component checked against the catalog's records, each binding against
 * the record (relative ones against a child list template's item), and each id a component names.
 * The place is the file's line and column, found by searching its text, and the JSON Pointer.
 */
class A2uiTemplateErrorsTest {
  private static final String BASIC = "https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json";
  private static final String FILE = """
      {
        "name": "Order",
        "description": "An order's lines, each checked off.",
        "messages": [
          {"version": "v0.9", "createSurface": {"surfaceId": "order", "catalogId": "%s"}},
          {"version": "v0.9", "updateComponents": {"surfaceId": "order", "components": [
            {"id": "root", "component": "Column", "children": ["title", "lines"]},
            {"id": "title", "component": "Text", "text": {"path": "/title"}, "variant": "h3"},
            {"id": "lines", "component": "List", "children": {"componentId": "line", "path": "/lines"}},
            {"id": "line", "component": "CheckBox", "label": {"path": "name"}, "value": {"path": "done"}}
          ]}},
          {"version": "v0.9", "updateDataModel": {"surfaceId": "order", "value": {"title": "Order 7", "lines": []}}}
        ]
      }
      """.formatted(BASIC);
  private static final String COMPONENTS = "/messages/1/updateComponents/components";

  @TempDir
  Path folder;

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
        import java.util.List;
        @Widget
        @WidgetTemplate("widgets/order.json")
        record Order(String title, List<Line> lines, int count) {
          @Widget
          record Line(String name, boolean done) {}
        }
        """);
  }

  /** As {@link #assertError(String, String, String, String)}, the error where {@code to} starts. */
  private void assertError(String from, String to, String message) {
    assertError(from, to, to, message);
  }

  /**
   * Compiles {@link #order()} with {@link #FILE} changed by {@code from -> to}; checks the one error,
   * whose {@code @} is the place in the file where {@code where} is first written.
   */
  private void assertError(String from, String to, String where, String message) {
    String content = FILE.replace(from, to);
    if (content.equals(FILE)) {
      throw new IllegalArgumentException(from + " is not in the file");
    }
    files.write("order.json", content);
    JavaFileObject record = order();
    Compilation compilation = files.compile(record);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message.replace("@", at("order.json", content, where)))
        .inFile(record).onLineContaining("@WidgetTemplate");
  }

  @Test
  void theFileAsWrittenCompiles() {
    files.write("order.json", FILE);
    assertThat(files.compile(order())).succeededWithoutWarnings();
  }

  @Test
  void aBindingToAFieldTheRecordLacks() {
    assertError("{\"path\": \"/title\"}", "{\"path\": \"/titel\"}", "\"/titel\"", "[A2uiTemplateUnknownPath] @ (" + COMPONENTS
        + "/1/text/path): the binding \"/titel\" names nothing in the data: Order has no field \"titel\" (did you mean"
        + " \"title\"?); it has \"title\", \"lines\", \"count\". Bind a field of the record, or add the field.");
  }

  @Test
  void aRelativeBindingInATemplateResolvesInTheListsItem() {
    assertError("{\"path\": \"name\"}", "{\"path\": \"title\"}", "\"title\"}, \"value\"", "[A2uiTemplateUnknownPath] @ (" + COMPONENTS
        + "/3/label/path): the binding \"title\" names nothing in the data: an item of Order.lines has no field"
        + " \"title\"; it has \"name\", \"done\". Bind a field of the record, or add the field.");
  }

  @Test
  void aBindingOfTheWrongKind() {
    assertError("{\"path\": \"done\"}", "{\"path\": \"name\"}", "\"name\"}}", "[A2uiTemplatePathKind] @ (" + COMPONENTS
        + "/3/value/path): the binding \"name\" reaches Line.name, which is a string, and CheckBox.value takes a"
        + " boolean.");
  }

  @Test
  void aChildListTemplateOverSomethingNotAList() {
    assertError("\"path\": \"/lines\"", "\"path\": \"/title\"", "\"/title\"}}", "[A2uiTemplatePathKind] @ (" + COMPONENTS
        + "/2/children/path): the binding \"/title\" reaches Order.title, which is a string, and List.children takes a"
        + " list to repeat its template over.");
  }

  @Test
  void aComponentTheCatalogLacks() {
    assertError("\"Column\"", "\"Colum\"", "[A2uiTemplateUnknownComponent] @ (" + COMPONENTS + "/0/component):"
        + " \"Colum\" is not a component of catalog " + BASIC + " (did you mean \"Column\"?).");
  }

  @Test
  void aPropTheComponentLacks() {
    assertError("\"variant\"", "\"varient\"", "[A2uiTemplateUnknownProp] @ (" + COMPONENTS + "/1/varient): Text has"
        + " no prop \"varient\" (did you mean \"variant\"?).");
  }

  @Test
  void aRequiredPropLeftOut() {
    assertError("{\"id\": \"title\", \"component\": \"Text\", \"text\": {\"path\": \"/title\"}, ",
        "{\"id\": \"title\", \"component\": \"Text\", ", "[A2uiTemplateMissingProp] @ (" + COMPONENTS
            + "/1): Text needs \"text\".");
  }

  @Test
  void aPropOfTheWrongKind() {
    assertError("\"variant\": \"h3\"", "\"variant\": 3", "3},", "[A2uiTemplatePropKind] @ (" + COMPONENTS + "/1/variant):"
        + " Text.variant takes one of \"h1\", \"h2\", \"h3\", \"h4\", \"h5\", \"caption\", \"body\", and the file"
        + " gives a number (3).");
  }

  @Test
  void aChildIdNoComponentHas() {
    assertError("[\"title\", \"lines\"]", "[\"title\", \"lnes\"]", "\"lnes\"", "[A2uiTemplateUnknownChild] @ (" + COMPONENTS
        + "/0/children/1): no component has the id \"lnes\", which this names (did you mean \"lines\"?).");
  }

  @Test
  void twoComponentsOfOneId() {
    String content = FILE.replace("\"variant\": \"h3\"},", "\"variant\": \"h3\"},\n"
        + "      {\"id\": \"title\", \"component\": \"Divider\"},");
    files.write("order.json", content);
    JavaFileObject record = order();
    Compilation compilation = files.compile(record);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[A2uiTemplateDuplicateId] "
            + at("order.json", content, "\"title\", \"component\": \"Divider\"") + " (" + COMPONENTS + "/2/id): the id"
            + " \"title\" is the id of the component at " + COMPONENTS + "/1/id already. Give each component an id of"
            + " its own.")
        .inFile(record).onLineContaining("@WidgetTemplate");
  }

  @Test
  void aMessageTheGeneratedCodeCannotSend() {
    assertError("\"updateDataModel\": {\"surfaceId\": \"order\", \"value\": {\"title\": \"Order 7\", \"lines\": []}}",
        "\"deleteSurface\": {\"surfaceId\": \"order\"}", "[A2uiTemplateMessage] @ (/messages/2/deleteSurface):"
            + " \"deleteSurface\" is not a message the generated code can send; a component file describes one surface"
            + " with createSurface, updateComponents and updateDataModel.");
  }

  @Test
  void aCatalogOtherThanTheBasicOne() {
    assertError("\"" + BASIC + "\"", "\"https://example.com/catalog.json\"", "[A2uiTemplateCatalog] @"
        + " (/messages/0/createSurface/catalogId): catalog \"https://example.com/catalog.json\" is not one component"
        + " files are checked against: draw the surface from the basic catalog, " + BASIC + ".");
  }

  @Test
  void aFileOfAnotherShape() {
    String content = "{\"name\": \"Order\", \"components\": []}";
    files.write("order.json", content);
    JavaFileObject record = order();
    Compilation compilation = files.compile(record);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[A2uiTemplateShape] widgets/order.json:1:1: the file has no"
            + " \"messages\" list; an A2UI component file is an example {\"name\", \"description\", \"messages\":"
            + " [...]} or a list of components, as an A2UI builder exports them.")
        .inFile(record).onLineContaining("@WidgetTemplate");
  }

  @Test
  void aBareListOfComponentsCompiles() {
    files.write("order.json", "[{\"id\": \"root\", \"component\": \"Text\", \"text\": {\"path\": \"/title\"}}]");
    assertThat(files.compile(order())).succeededWithoutWarnings();
  }

  @Test
  void aFileWithoutASchemaCannotGenerateARecord() {
    files.write("order.json", FILE);
    JavaFileObject widgets = Compiler.source("test.Widgets", """
        package test;
        import dev.widgetry.annotations.WidgetTemplates;
        @WidgetTemplates({"widgets/order.json"})
        final class Widgets {}
        """);
    Compilation compilation = files.compile(widgets);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[A2uiTemplateRecord] widgets/order.json is an A2UI component file,"
            + " which declares no data schema to generate a record from. Bind it to a @Widget record of yours with"
            + " @WidgetTemplate(\"widgets/order.json\").")
        .inFile(widgets).onLineContaining("@WidgetTemplates");
  }

  @Test
  void aClassPathWithoutTheBasicCatalog() throws IOException {
    files.write("order.json", FILE);
    JavaFileObject record = order();
    Compilation compilation = files.compile(classPathWithoutA2ui(), record);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[A2uiTemplateNoCatalog] widgets/order.json needs the A2UI basic"
            + " catalog (dev.widgetry.a2ui.basic.BasicComponent) on the class path to check the file against. Add the"
            + " widgetry-a2ui dependency.")
        .inFile(record).onLineContaining("@WidgetTemplate");
  }

  /** This JVM's class path without the entry that holds widgetry-a2ui. */
  private static List<File> classPathWithoutA2ui() throws IOException {
    String a2ui = "dev/widgetry/a2ui/A2ui.class";
    List<File> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      boolean holds = Files.isDirectory(path) ? Files.isRegularFile(path.resolve(a2ui))
          : Files.isRegularFile(path) && holds(path, a2ui);
      if (!holds) {
        classpath.add(path.toFile());
      }
    }
    return classpath;
  }

  private static boolean holds(Path jar, String entry) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.getEntry(entry) != null;
    }
  }
}
