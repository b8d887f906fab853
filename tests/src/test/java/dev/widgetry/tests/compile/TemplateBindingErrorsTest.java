package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.TemplateFiles.at;
import static dev.widgetry.tests.compile.TemplateFiles.templates;
import static dev.widgetry.tests.compile.TemplateFiles.widget;

import com.google.testing.compile.Compilation;
import dev.widgetry.annotations.Widget;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors of binding a template to a record, generated or the application's own: a record that
 * cannot hold the file's data, an annotation on the wrong type, a file name that names no type,
 * and a class path without the catalog.
 */
class TemplateBindingErrorsTest {
  private static final String TEMPLATE = "{\"type\": \"Card\", \"children\": [{\"type\": \"Text\", \"value\":"
      + " {{ (title ~ ' ' ~ count) | tojson }}}]}";
  private static final String SCHEMA = """
      {"type": "object", "properties": {"title": {"type": "string"}, "count": {"type": "integer"},
       "kind": {"type": "string"}}, "required": ["title", "count"], "additionalProperties": false}""";

  @TempDir
  Path folder;

  private TemplateFiles files;
  private String content;

  @BeforeEach
  void files() {
    files = new TemplateFiles(folder);
    content = widget(TEMPLATE, SCHEMA);
    files.write("t.widget", content);
  }

  private static JavaFileObject record(String components) {
    return Compiler.source("test.Data", """
        package test;
        import dev.widgetry.annotations.Widget;
        import dev.widgetry.annotations.WidgetTemplate;
        @Widget
        @WidgetTemplate("widgets/t.widget")
        record Data(%s) {}
        """.formatted(components));
  }

  private void assertMismatch(String components, String message) {
    JavaFileObject record = record(components);
    Compilation compilation = files.compile(record);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(record).onLineContaining("@WidgetTemplate");
  }

  @Test
  void aRecordWithoutAComponentForAProperty() {
    assertMismatch("@com.fasterxml.jackson.annotation.JsonProperty(required = true) String title, long count",
        "[TemplateRecordMismatch] " + at("t.widget", content, "\"kind\"") + ": record Data does not fit the file's"
            + " jsonSchema: it has no component for the property \"kind\"; add one, or name it with"
            + " @JsonProperty(\"kind\").");
  }

  @Test
  void anIntWhereTheSchemaAllowsAnyInteger() {
    assertMismatch("String title, int count, String kind",
        "[TemplateRecordMismatch] " + at("t.widget", content, "\"count\"") + ": record Data does not fit the file's"
            + " jsonSchema: Data.count is an int, and the schema allows integers beyond its range; use long, or bound"
            + " the schema with minimum and maximum.");
  }

  @Test
  void anEnumWhereTheSchemaAllowsAnyString() {
    JavaFileObject record = Compiler.source("test.Data", """
        package test;
        import dev.widgetry.annotations.Widget;
        import dev.widgetry.annotations.WidgetTemplate;
        @Widget
        @WidgetTemplate("widgets/t.widget")
        record Data(String title, long count, Kind kind) {
          enum Kind { A, B }
        }
        """);
    Compilation compilation = files.compile(record);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[TemplateRecordMismatch] " + at("t.widget", content, "\"kind\"")
            + ": record Data does not fit the file's jsonSchema: Data.kind is an enum, and the schema allows any"
            + " string; use String.")
        .inFile(record).onLineContaining("@WidgetTemplate");
  }

  @Test
  void aPrimitiveForAPropertyTheDataMayLeaveOut() {
    JavaFileObject record = Compiler.source("test.Data", """
        package test;
        import dev.widgetry.annotations.Widget;
        import dev.widgetry.annotations.WidgetTemplate;
        @Widget
        @WidgetTemplate("widgets/t.widget")
        record Data(String title, long count, String kind, boolean urgent) {}
        """);
    files.write("t.widget", widget(TEMPLATE, SCHEMA.replace("\"kind\": {\"type\": \"string\"}",
        "\"kind\": {\"type\": \"string\"}, \"urgent\": {\"type\": \"boolean\"}")));
    String written = widget(TEMPLATE, SCHEMA.replace("\"kind\": {\"type\": \"string\"}",
        "\"kind\": {\"type\": \"string\"}, \"urgent\": {\"type\": \"boolean\"}"));
    Compilation compilation = files.compile(record);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[TemplateRecordMismatch] " + at("t.widget", written, "\"urgent\"")
            + ": record Data does not fit the file's jsonSchema: Data.urgent is a primitive, and the schema lets"
            + " urgent be left out; use its boxed type or an Optional.")
        .inFile(record).onLineContaining("@WidgetTemplate");
  }

  @Test
  void aRequiredComponentTheSchemaDoesNotFill() {
    assertMismatch("String title, long count, String kind, int extra",
        "[TemplateRecordMismatch] " + at("t.widget", content, "{\n    \"type\" : \"object\"")
            + ": record Data does not fit the file's jsonSchema: Data.extra is required, and the schema has no"
            + " property \"extra\" to fill it; make it optional or remove it.");
  }

  @Test
  void aTemplateOnAClass() {
    JavaFileObject type = Compiler.source("test.Data", """
        package test;
        import dev.widgetry.annotations.WidgetTemplate;
        @WidgetTemplate("widgets/t.widget")
        class Data {}
        """);
    Compilation compilation = files.compile(type);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[TemplateNotOnWidget] @WidgetTemplate goes on a @Widget record that"
            + " holds the template's data, and Data is not a record. Make it a @Widget record, or use @WidgetTemplates"
            + " to generate the record.")
        .inFile(type).onLineContaining("@WidgetTemplate");
  }

  @Test
  void aFileNameThatNamesNoType() {
    String path = files.write("___.widget", content);
    Compilation compilation = files.compile(templates(path));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[TemplateFileName] widgets/___.widget: the file name gives \"\","
            + " which cannot name a Java type. Rename the file, or bind it to a record of yours with @WidgetTemplate.")
        .inFile(templates(path)).onLineContaining("@WidgetTemplates");
  }

  @Test
  void aClassPathWithoutTheCatalog() throws URISyntaxException {
    File annotations = Paths.get(Widget.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
    Compilation compilation = files.compile(List.of(annotations), templates("widgets/t.widget"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[TemplateNoCatalog] widgets/t.widget needs the ChatKit catalog"
            + " (dev.widgetry.chatkit.WidgetRoot) on the class path to check templates against. Add the"
            + " widgetry-chatkit dependency.")
        .inFile(templates("widgets/t.widget")).onLineContaining("@WidgetTemplates");
  }
}
