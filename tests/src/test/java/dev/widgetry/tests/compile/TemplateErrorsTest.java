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

/**
 * Every compile error a Widget Builder template can get: the message, the place in the .widget
 * file it names, and the line of the annotation value it is reported on.
 */
class TemplateErrorsTest {
  private static final String TEXT_SCHEMA = """
      {"type": "object", "properties": {"title": {"type": "string"}, "subtitle": {"type": "string"}},
       "required": ["title"], "additionalProperties": false}""";
  private static final String ITEMS_SCHEMA = """
      {"type": "object", "properties": {"items": {"type": "array", "items": {"type": "object",
        "properties": {"label": {"type": "string"}, "done": {"type": "boolean"}}, "required": ["label", "done"],
        "additionalProperties": false}}}, "required": ["items"], "additionalProperties": false}""";
  private static final String LINE = "@WidgetTemplates";

  @TempDir
  Path folder;

  private TemplateFiles files;

  @BeforeEach
  void files() {
    files = new TemplateFiles(folder);
  }

  /** Compiles a file holding {@code template} and the schema; returns the compilation. */
  private Compilation compile(String content) {
    return files.compile(templates(files.write("t.widget", content)));
  }

  private static void assertError(Compilation compilation, String message) {
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source()).onLineContaining(LINE);
  }

  private static JavaFileObject source() {
    return templates("widgets/t.widget");
  }

  @Test
  void aFileThatIsNotThere() {
    Compilation compilation = files.compile(templates("widgets/missing.widget"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[TemplateFileNotFound] widgets/missing.widget was not found; searched "
            + folder.toAbsolutePath().normalize()
            + ". Put it under src/main/resources, or name its folder with the processor option"
            + " -Awidgetry.templates=<folder>.")
        .inFile(templates("widgets/missing.widget")).onLineContaining(LINE);
  }

  @Test
  void aFileThatIsNotUtf8() throws java.io.IOException {
    java.nio.file.Files.createDirectories(folder.resolve("widgets"));
    java.nio.file.Files.write(folder.resolve("widgets/t.widget"), new byte[] {'{', (byte) 0xff, '}'});
    Compilation compilation = files.compile(source());
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[TemplateFileUnreadable] "
            + folder.resolve("widgets/t.widget").toAbsolutePath().normalize() + " could not be read: Input length = 1.")
        .inFile(source()).onLineContaining(LINE);
  }

  @Test
  void aFileThatIsNotJson() {
    String content = "{\"version\": \"1.0\", \"name\": \"Broken\",\n \"template\": ]}";
    assertError(compile(content), "[TemplateFileNotJson] " + at("t.widget", content, "]}")
        + ": the file is not JSON: expected a value, found ']'. Export the widget again from the Widget Builder.");
  }

  @Test
  void aFileWithoutTemplate() {
    String content = "{\"version\": \"1.0\", \"name\": \"No template\"}";
    assertError(compile(content), "[TemplateFileField] widgets/t.widget:1:1: the file has no \"template\"; export"
        + " the widget again from the Widget Builder.");
  }

  @Test
  void anotherVersion() {
    String content = widget("{\"type\": \"Card\", \"children\": []}", TEXT_SCHEMA).replace("\"1.0\"", "\"2.0\"");
    assertError(compile(content), "[TemplateVersion] " + at("t.widget", content, "\"2.0\"") + ": version \"2.0\" is not"
        + " supported: chatkit-python renders only version \"1.0\". Export the widget again from the Widget Builder.");
  }

  @Test
  void aSchemaKeywordThatChangesWhatIsValid() {
    String content = widget("{\"type\": \"Card\", \"children\": []}",
        "{\"type\": \"object\", \"properties\": {\"a\": {\"allOf\": [{\"type\": \"string\"}]}}}");
    assertError(compile(content), "[TemplateSchema] " + at("t.widget", content, "[ {") + ": the jsonSchema uses"
        + " \"allOf\", which widget templates do not support; describe the data with type, properties, required,"
        + " items, enum and anyOf with null.");
  }

  @Test
  void javaScriptEquality() {
    String content = widget("{\"type\": \"Card\", \"children\": []{% if title === 'x' %}{% endif %}}", TEXT_SCHEMA);
    assertError(compile(content), "[TemplateSyntax] " + at("t.widget", content, "===") + ": the template is not valid"
        + " Jinja: '===' is JavaScript; Jinja compares with '=='.");
  }

  @Test
  void anIfThatIsNotClosed() {
    String content = widget("{\"type\": \"Card\", \"children\": []{% if title %}}", TEXT_SCHEMA);
    assertError(compile(content), "[TemplateSyntax] " + at("t.widget", content, "{% if") + ": the template is not"
        + " valid Jinja: the {% if %} is not closed: the template ends before {% endif %}.");
  }

  @Test
  void aMacro() {
    String content = widget("{% macro card() %}{% endmacro %}{\"type\": \"Card\", \"children\": []}", TEXT_SCHEMA);
    assertError(compile(content), "[TemplateUnsupported] " + at("t.widget", content, "{% macro") + ": the tag"
        + " {% macro %} is not part of the template language widget templates use (what the Widget Builder exports);"
        + " write it with outputs, if, for, set, and the filters tojson, default, length and int.");
  }

  @Test
  void aFilterOutsideTheLanguage() {
    String content = widget("{\"type\": \"Card\", \"children\": [{\"type\": \"Text\", \"value\": {{ title | upper"
        + " | tojson }}}]}", TEXT_SCHEMA);
    assertError(compile(content), "[TemplateUnsupported] " + at("t.widget", content, "upper") + ": the filter 'upper'"
        + " is not part of the template language");
  }

  @Test
  void aMissingComma() {
    String content = widget("{\"type\": \"Card\", \"children\": [{\"type\": \"Divider\"} {\"type\": \"Spacer\"}]}",
        TEXT_SCHEMA);
    assertError(compile(content), "[TemplateNotJson] " + at("t.widget", content, "{\\\"type\\\": \\\"Spacer")
        + ": the template does not render JSON: on some path this element follows another with no comma between.");
  }

  @Test
  void aCommaAfterTheLastElementWhenTheLoopRunsOnce() {
    String content = widget("{\"type\": \"Card\", \"children\": [{% for item in items %}{\"type\": \"Text\","
        + " \"value\": {{ item.label | tojson }}},{% endfor %}]}", ITEMS_SCHEMA);
    assertError(compile(content), "[TemplateNotJson] " + at("t.widget", content, "[{% for")
        + ": the template does not render JSON: on some path a comma follows the last element of this array.");
  }

  @Test
  void aBracketClosedInsideAnIf() {
    String content = widget("{\"type\": \"Card\", \"children\": [{% if title %}]{% endif %}}", TEXT_SCHEMA);
    assertError(compile(content), "[TemplateNotJson] " + at("t.widget", content, "]{% endif")
        + ": the template does not render JSON: ']' closes a bracket opened outside this if or loop.");
  }

  @Test
  void anUnknownVariable() {
    String content = widget("{\"type\": \"Card\", \"children\": [{\"type\": \"Text\", \"value\": {{ titel |"
        + " tojson }}}]}", TEXT_SCHEMA);
    assertError(compile(content), "[TemplateUnknownVariable] " + at("t.widget", content, "titel") + ": titel is not"
        + " defined: the data has the variables subtitle, title (did you mean \"title\"?).");
  }

  @Test
  void aFieldTheSchemaCallsSomethingElse() {
    String content = widget("{\"type\": \"Card\", \"children\": [{% for item in items %}{% if not loop.first %},"
        + "{% endif %}{\"type\": \"Text\", \"value\": {{ item.name | tojson }}}{% endfor %}]}", ITEMS_SCHEMA);
    assertError(compile(content), "[TemplateUnknownField] " + at("t.widget", content, ".name") + ": items[] has no"
        + " field \"name\": its schema declares label, done (did you mean \"label\"?).");
  }

  @Test
  void aDictMethodForAField() {
    String content = widget("{\"type\": \"Card\", \"children\": [{\"type\": \"Text\", \"value\": {{ ((order.items |"
        + " length) ~ '') | tojson }}}]}", """
        {"type": "object", "properties": {"order": {"type": "object", "properties": {"items": {"type": "array",
          "items": {"type": "string"}}}, "required": ["items"], "additionalProperties": false}},
         "required": ["order"], "additionalProperties": false}""");
    assertError(compile(content), "[TemplateDictMethod] " + at("t.widget", content, ".items") + ": order.items reads"
        + " the dict method items(), not the field: Jinja looks attributes up before keys. Write order['items'].");
  }

  @Test
  void anOptionalValueWithoutGuard() {
    String content = widget("{\"type\": \"Card\", \"children\": [{\"type\": \"Text\", \"value\": {{ subtitle |"
        + " tojson }}}]}", TEXT_SCHEMA);
    assertError(compile(content), "[TemplateUnguarded] " + at("t.widget", content, "subtitle") + ": subtitle may be"
        + " left out of the data, and writing it with tojson fails the render then (StrictUndefined). Guard it with"
        + " {% if subtitle is defined %}, or give a default: subtitle | default(...).");
  }

  @Test
  void aLoopOverAString() {
    String content = widget("{\"type\": \"Card\", \"children\": [{% for c in title %}{% if not loop.first %},"
        + "{% endif %}{\"type\": \"Divider\"}{% endfor %}]}", TEXT_SCHEMA);
    assertError(compile(content), "[TemplateWrongKind] " + at("t.widget", content, "title %}") + ": title is a"
        + " string, and a loop over a string goes over its characters; loop over a list.");
  }

  @Test
  void concatenatingAList() {
    String content = widget("{\"type\": \"Card\", \"children\": [{\"type\": \"Text\", \"value\": {{ ('Items: ' ~"
        + " items) | tojson }}}]}", ITEMS_SCHEMA);
    assertError(compile(content), "[TemplateWrongKind] " + at("t.widget", content, "items)") + ": items is a list,"
        + " and ~ writes Python's text of it (its repr), which is not what a widget shows.");
  }

  @Test
  void aBooleanWithoutTojson() {
    String content = widget("{\"type\": \"Card\", \"children\": [{% for item in items %}{% if not loop.first %},"
        + "{% endif %}{\"type\": \"Text\", \"value\": {{ item.label | tojson }}, \"italic\": {{ item.done }}}"
        + "{% endfor %}]}", ITEMS_SCHEMA);
    assertError(compile(content), "[TemplateRawOutput] " + at("t.widget", content, "{{ item.done") + ": {{ item.done"
        + " }} writes a boolean as Python prints it, True or False, which is not JSON. Write {{ item.done | tojson }}.");
  }

  @Test
  void aStringInsertedIntoQuotes() {
    String content = widget("{\"type\": \"Card\", \"children\": [{\"type\": \"Text\", \"value\": \"Hi {{ title"
        + " }}\"}]}", TEXT_SCHEMA);
    assertError(compile(content), "[TemplateNotJson] " + at("t.widget", content, "{{ title") + ": the template does"
        + " not render JSON: {{ title }} inside quotes writes a string whose quotes or backslashes would end the"
        + " string or escape its text; build the whole string in the expression instead: {{ ('...' ~ title) |"
        + " tojson }}.");
  }

  @Test
  void aComparisonPythonRefuses() {
    String content = widget("{\"type\": \"Card\", \"children\": [{% if title > 3 %}{\"type\": \"Divider\"}"
        + "{% endif %}]}", TEXT_SCHEMA);
    assertError(compile(content), "[TemplateWrongKind] " + at("t.widget", content, "> 3") + ": title > 3 is a"
        + " comparison of a string with an integer, and Python orders only numbers with numbers and strings with"
        + " strings (the render fails otherwise).");
  }

  @Test
  void aCapturedBlockUsedAsAString() {
    String content = widget("{% set caption %}Hello{% endset %}{\"type\": \"Card\", \"children\": [{\"type\":"
        + " \"Text\", \"value\": {{ (caption ~ '!') | tojson }}}]}", TEXT_SCHEMA);
    assertError(compile(content), "[TemplateUnsupported] " + at("t.widget", content, "caption ~") + ": using the"
        + " captured block caption other than as {{ caption }} or {{ caption[1:] if caption and caption[0] == ',' else"
        + " caption }} is not part of the template language");
  }

  @Test
  void noneAndUndefinedThatJavaCannotTellApart() {
    String content = widget("{\"type\": \"Card\", \"children\": [{\"type\": \"Text\", \"value\": {{ ((note"
        + " if title else none) | default('-')) | tojson }}}]}", """
        {"type": "object", "properties": {"title": {"type": "string"}, "note": {"type": "string"}},
         "required": ["title"], "additionalProperties": false}""");
    assertError(compile(content), "[TemplateUnsupported] " + at("t.widget", content, "note") + ": telling none from"
        + " undefined in note if title else none, which may be either for more than one reason is not part of the"
        + " template language");
  }

  @Test
  void anUnknownComponent() {
    String content = widget("{\"type\": \"Card\", \"children\": [{\"type\": \"Txt\", \"value\": \"a\"}]}", TEXT_SCHEMA);
    assertError(compile(content), "[TemplateUnknownComponent] " + at("t.widget", content, "\\\"Txt") + ": \"Txt\" is"
        + " not a component Card.children[] can hold, which takes a component (did you mean \"Text\"?).");
  }

  @Test
  void aListViewWithSomethingElseThanItems() {
    String content = widget("{\"type\": \"ListView\", \"children\": [{\"type\": \"Text\", \"value\": \"a\"}]}",
        TEXT_SCHEMA);
    assertError(compile(content), "[TemplatePropKind] " + at("t.widget", content, "\\\"Text") + ": ListViewItem.type"
        + " takes \"ListViewItem\", and the template gives \"Text\".");
  }

  @Test
  void anUnknownProp() {
    String content = widget("{\"type\": \"Card\", \"children\": [{\"type\": \"Text\", \"value\": \"a\", \"colour\":"
        + " \"red\"}]}", TEXT_SCHEMA);
    assertError(compile(content), "[TemplateUnknownProp] " + at("t.widget", content, "\\\"colour") + ": Text has no"
        + " prop \"colour\" (did you mean \"color\"?).");
  }

  @Test
  void aPropWhoseKindChangesBetweenBranches() {
    String content = widget("{\"type\": \"Card\", \"size\": {% if title %}\"sm\"{% else %}3{% endif %},"
        + " \"children\": []}", TEXT_SCHEMA);
    assertError(compile(content), "[TemplatePropKind] " + at("t.widget", content, "3{% endif") + ": Card.size takes"
        + " one of \"sm\", \"md\", \"lg\", \"full\", and the template gives an integer.");
  }

  @Test
  void aRequiredPropLeftOutOnSomePath() {
    String content = widget("{\"type\": \"Card\", \"children\": [{\"type\": \"Text\"{% if subtitle is defined %},"
        + " \"value\": {{ subtitle | tojson }}{% endif %}}]}", TEXT_SCHEMA);
    assertError(compile(content), "[TemplateMissingProp] " + at("t.widget", content, "{\\\"type\\\": \\\"Text")
        + ": Text needs \"value\", and the template leaves it out on some path.");
  }

  @Test
  void aPropWrittenTwice() {
    String content = widget("{\"type\": \"Card\", \"children\": [], \"size\": \"sm\", \"size\": \"md\"}", TEXT_SCHEMA);
    assertError(compile(content), "[TemplateDuplicateProp] " + at("t.widget", content, "\\\"size", 2)
        + ": \"size\" is written twice in one object on some path, and JSON keeps only the last.");
  }
}
