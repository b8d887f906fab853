package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.TemplateFiles.at;
import static dev.widgetry.tests.compile.TemplateFiles.templates;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview a Builder export carries, against what its template renders from the Builder's own
 * sample data: a stale one is a warning that shows the first difference.
 */
class TemplatePreviewTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEMPLATE = "{\"type\":\"Card\",\"children\":[{\"type\":\"Title\",\"value\":{{ (title) |"
      + " tojson }}},{\"type\":\"Text\",\"value\":{{ (count ~ ' seats at ' ~ price) | tojson }},\"color\":null}]}";
  private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"title\":{\"type\":\"string\"},"
      + "\"count\":{\"type\":\"integer\"},\"price\":{\"type\":\"number\"}},\"required\":[\"title\",\"count\",\"price\"],"
      + "\"additionalProperties\":false}";
  private static final String STATE = "{\"title\":\"Lisbon\",\"count\":3,\"price\":12.5}";

  @TempDir
  Path folder;

  private TemplateFiles files;

  @BeforeEach
  void files() {
    files = new TemplateFiles(folder);
  }

  private static String file(String preview) throws IOException {
    ObjectNode file = JSON.createObjectNode();
    file.put("version", "1.0");
    file.put("name", "Seats");
    file.put("template", TEMPLATE);
    file.set("jsonSchema", JSON.readTree(SCHEMA));
    file.set("outputJsonPreview", JSON.readTree(preview));
    String encoded = "{\"view\":\"<Card />\",\"defaultState\":" + STATE + ",\"schemaMode\":\"zod\"}";
    file.put("encodedWidget", Base64.getUrlEncoder().withoutPadding().encodeToString(encoded.getBytes(StandardCharsets.UTF_8)));
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file);
  }

  @Test
  void aPreviewTheTemplateStillRenders() throws IOException {
    String path = files.write("t.widget", file("{\"type\":\"Card\",\"children\":[{\"type\":\"Title\",\"value\":\"Lisbon\"},"
        + "{\"type\":\"Text\",\"value\":\"3 seats at 12.5\"}]}"));
    Compilation compilation = files.compile(templates(path));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aStalePreview() throws IOException {
    String content = file("{\"type\":\"Card\",\"children\":[{\"type\":\"Title\",\"value\":\"Lisbon\"},"
        + "{\"type\":\"Text\",\"value\":\"3 seats\"}]}");
    String path = files.write("t.widget", content);
    Compilation compilation = files.compile(templates(path));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[TemplateStalePreview] "
            + at("t.widget", content, "{\n    \"type\" : \"Card\"")
            + ": outputJsonPreview is not what the template renders from the Builder's sample data: at"
            + " /children/1/value the preview has \"3 seats\" and the template renders \"3 seats at 12.5\". Export the"
            + " widget again to refresh the preview.")
        .inFile(templates(path)).onLineContaining("@WidgetTemplates");
  }
}
