package dev.widgetry.tests.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.runtime.Widgets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each compiled template against the real thing: random data its schema accepts (seeded), rendered
 * by chatkit-python's build steps in python3 with Jinja2, and by the generated Java; the widgets
 * must be the same JSON (object members in any order, numbers by value).
 */
class TemplateDifferentialTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CASES = 250;

  /** A template under test: its file, and how the generated code renders data given as JSON. */
  record Template(String file, Function<String, WidgetRoot> render) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Template> templates() {
    return Stream.of(
        new Template("flight_options", json -> FlightOptionsTemplate.render(Widgets.fromJson(json, FlightOptions.class))),
        new Template("task_list", json -> TaskListTemplate.render(Widgets.fromJson(json, TaskList.class))),
        new Template("task_list", json -> TaskBoardTemplate.render(Widgets.fromJson(json, TaskBoard.class))),
        new Template("stats_board", json -> StatsBoardTemplate.render(Widgets.fromJson(json, StatsBoard.class))),
        new Template("order_summary", json -> OrderSummaryTemplate.render(Widgets.fromJson(json, OrderSummary.class))),
        new Template("profile_basic", json -> ProfileBasicTemplate.render(Widgets.fromJson(json, ProfileBasic.class))));
  }

  @BeforeAll
  static void python() {
    PythonOracle.assumeAvailable();
  }

  @ParameterizedTest
  @MethodSource("templates")
  void rendersWhatChatkitPythonBuilds(Template template) {
    JsonNode file = read("/widgets/" + template.file() + ".widget");
    RandomData data = new RandomData(template.file().hashCode(), file.get("jsonSchema"));
    List<JsonNode> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      cases.add(data.next());
    }
    ObjectNode request = JSON.createObjectNode();
    request.put("template", file.get("template").asText());
    request.set("cases", JSON.valueToTree(cases));
    JsonNode results = PythonOracle.ask(request).get("results");
    assertEquals(CASES, results.size());
    for (int i = 0; i < CASES; i++) {
      JsonNode result = results.get(i);
      String json = cases.get(i).toString();
      assertTrue(result.has("widget"), () -> "chatkit-python failed on data the schema allows, " + json + ": "
          + result.get("error").asText());
      JsonNode expected = result.get("widget");
      JsonNode actual = parse(Widgets.toJson(template.render().apply(json)));
      if (!expected.equals(NUMBERS_BY_VALUE, actual)) {
        fail("For " + json + "\n chatkit-python sends " + expected + "\n the compiled template " + actual);
      }
    }
  }

  /** Numbers equal by value (Python's 4 is Java's 4.0); everything else as Jackson compares it. */
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  };

  private static JsonNode read(String resource) {
    try (InputStream in = TemplateDifferentialTest.class.getResourceAsStream(resource)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ArrayNode array() {
    return JSON.createArrayNode();
  }
}
