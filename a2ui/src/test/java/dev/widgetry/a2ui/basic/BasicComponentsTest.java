package dev.widgetry.a2ui.basic;

import static dev.widgetry.a2ui.OfficialExamples.sameJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.OfficialExamples;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every component of the 36 official examples reads as a basic catalog record and writes back as
 * equal JSON; the props the examples leave out are read and written from our own JSON; what the
 * schema refuses is refused, at the prop that is wrong.
 */
class BasicComponentsTest {

  static Stream<String> examples() {
    return OfficialExamples.names().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyComponentOfAnExampleReadsAndWritesBackAsEqualJson(String example) {
    for (JsonNode component : components(OfficialExamples.tree(example))) {
      BasicComponent read = Widgets.fromJson(component.toString(), BasicComponent.class);
      JsonNode written = OfficialExamples.parse(Widgets.toJson(read));

      assertTrue(sameJson(component, written), () -> example + ":\n" + component + "\n" + written);
    }
  }

  @org.junit.jupiter.api.Test
  void theExamplesUseEveryComponent() {
    Set<String> used = new TreeSet<>();
    examples().forEach(example -> components(OfficialExamples.tree(example))
        .forEach(component -> used.add(component.get("component").asText())));

    assertEquals(18, used.size(), used::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyProp")
  void propsTheExamplesLeaveOutReadAndWriteBack(String json) {
    BasicComponent read = Widgets.fromJson(json, BasicComponent.class);

    assertTrue(sameJson(OfficialExamples.parse(json), OfficialExamples.parse(Widgets.toJson(read))), json);
  }

  static Stream<String> everyProp() {
    return Stream.of(
        "{\"component\":\"Text\",\"id\":\"t\",\"text\":{\"path\":\"/a\"},\"variant\":\"h5\","
            + "\"accessibility\":{\"label\":\"Total\",\"description\":{\"path\":\"/d\"}},\"weight\":2}",
        "{\"component\":\"Image\",\"id\":\"i\",\"url\":\"https://x.example/a.png\",\"description\":\"A\","
            + "\"fit\":\"scaleDown\",\"variant\":\"largeFeature\"}",
        "{\"component\":\"Icon\",\"id\":\"i\",\"name\":{\"svgPath\":\"M0 0h24v24H0z\"}}",
        "{\"component\":\"Icon\",\"id\":\"i\",\"name\":{\"path\":\"/icon\"}}",
        "{\"component\":\"Video\",\"id\":\"v\",\"url\":{\"path\":\"/video\"}}",
        "{\"component\":\"AudioPlayer\",\"id\":\"a\",\"url\":\"https://x.example/a.mp3\",\"description\":\"Intro\"}",
        "{\"component\":\"Row\",\"id\":\"r\",\"children\":{\"componentId\":\"item\",\"path\":\"/items\"},"
            + "\"justify\":\"spaceEvenly\",\"align\":\"end\"}",
        "{\"component\":\"List\",\"id\":\"l\",\"children\":[],\"direction\":\"horizontal\",\"align\":\"center\"}",
        "{\"component\":\"Tabs\",\"id\":\"t\",\"tabs\":[{\"title\":\"One\",\"child\":\"a\"},{\"title\":{\"path\":\"/t\"},\"child\":\"b\"}]}",
        "{\"component\":\"Modal\",\"id\":\"m\",\"trigger\":\"open\",\"content\":\"body\"}",
        "{\"component\":\"Divider\",\"id\":\"d\",\"axis\":\"vertical\"}",
        "{\"component\":\"Button\",\"id\":\"b\",\"child\":\"l\",\"variant\":\"borderless\","
            + "\"action\":{\"functionCall\":{\"call\":\"openUrl\",\"args\":{\"url\":\"https://a2ui.org\"},\"returnType\":\"void\"}},"
            + "\"checks\":[{\"condition\":true,\"message\":\"ok\"}]}",
        "{\"component\":\"TextField\",\"id\":\"f\",\"label\":\"Name\",\"value\":{\"path\":\"/name\"},\"variant\":\"obscured\","
            + "\"validationRegexp\":\"^[a-z]+$\",\"checks\":[{\"condition\":{\"call\":\"length\",\"args\":{\"value\":{\"path\":\"/name\"},"
            + "\"min\":2},\"returnType\":\"boolean\"},\"message\":\"Too short\"}]}",
        "{\"component\":\"ChoicePicker\",\"id\":\"c\",\"label\":\"Size\",\"variant\":\"multipleSelection\","
            + "\"options\":[{\"label\":\"S\",\"value\":\"s\"}],\"value\":[\"s\"],\"displayStyle\":\"chips\",\"filterable\":true}",
        "{\"component\":\"Slider\",\"id\":\"s\",\"label\":\"Volume\",\"min\":-5,\"max\":10.5,\"value\":{\"path\":\"/v\"}}",
        "{\"component\":\"DateTimeInput\",\"id\":\"d\",\"value\":\"\",\"enableDate\":true,\"enableTime\":false,"
            + "\"min\":\"2025-01-01\",\"max\":\"2025-12-31T23:59:59Z\",\"label\":\"When\"}");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void whatTheSchemaRefusesIsRefusedAtTheProp(String json, String pointer) {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson(json, BasicComponent.class));

    assertEquals(List.of(pointer), e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList()),
        e.getMessage());
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> refused() {
    return Stream.of(
        refused("{\"id\":\"t\",\"component\":\"Txt\",\"text\":\"a\"}", "/component"),
        refused("{\"id\":\"t\",\"text\":\"a\"}", "/component"),
        refused("{\"id\":\"t\",\"component\":\"Text\",\"text\":\"a\",\"variant\":\"title\"}", "/variant"),
        refused("{\"id\":\"t\",\"component\":\"Text\",\"text\":\"a\",\"color\":\"red\"}", "/color"),
        refused("{\"id\":\"t\",\"component\":\"Text\"}", "/text"),
        refused("{\"component\":\"Text\",\"text\":\"a\"}", "/id"),
        refused("{\"id\":\"t\",\"component\":\"Text\",\"text\":5}", "/text"),
        refused("{\"id\":\"t\",\"component\":\"Text\",\"text\":\"a\",\"checks\":[]}", "/checks"),
        refused("{\"id\":\"b\",\"component\":\"Button\",\"child\":\"l\",\"text\":\"Pay\",\"action\":{\"event\":{\"name\":\"x\"}}}",
            "/text"),
        refused("{\"id\":\"s\",\"component\":\"Slider\",\"value\":{\"path\":\"/v\"}}", "/max"),
        refused("{\"id\":\"c\",\"component\":\"CheckBox\",\"label\":\"A\",\"value\":{\"call\":\"formatString\","
            + "\"args\":{\"value\":\"x\"}}}", "/value/call"),
        refused("{\"id\":\"t\",\"component\":\"Text\",\"text\":{\"call\":\"required\",\"args\":{\"value\":\"x\"}}}",
            "/text/call"),
        refused("{\"id\":\"t\",\"component\":\"Text\",\"text\":{\"call\":\"formatString\",\"args\":{\"value\":\"x\"},"
            + "\"returnType\":\"boolean\"}}", "/text/returnType"),
        refused("{\"id\":\"i\",\"component\":\"Icon\",\"name\":\"hom\"}", "/name"),
        refused("{\"id\":\"t\",\"component\":\"Tabs\",\"tabs\":[]}", ""),
        refused("{\"id\":\"d\",\"component\":\"DateTimeInput\",\"value\":\"\",\"min\":\"yesterday\"}", ""),
        refused("{\"id\":\"b\",\"component\":\"Button\",\"child\":\"l\",\"action\":{\"event\":{\"name\":\"x\"},"
            + "\"functionCall\":{\"call\":\"openUrl\",\"args\":{\"url\":\"https://a2ui.org\"}}}}", "/action/functionCall"));
  }

  private static org.junit.jupiter.params.provider.Arguments refused(String json, String pointer) {
    return org.junit.jupiter.params.provider.Arguments.of(json, pointer);
  }

  @Test
  void aComponentWithoutAnIdCannotBeWritten() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Widgets.toJson(Text.of("Hi")));

    assertEquals("Text.id is required but null", e.getMessage());
  }

  @Test
  void withIdGivesAComponentItsId() {
    assertEquals("{\"component\":\"Text\",\"id\":\"title\",\"text\":\"Hi\",\"variant\":\"h2\"}",
        Widgets.toJson(Text.of("Hi", Text.Variant.H2).withId("title")));
  }

  static List<JsonNode> components(JsonNode example) {
    List<JsonNode> components = new ArrayList<>();
    for (JsonNode message : example.get("messages")) {
      JsonNode update = message.get("updateComponents");
      if (update != null) {
        update.get("components").forEach(components::add);
      }
    }
    return components;
  }

  @Test
  void aComponentKeepsItsChecksAsTheyWereWhenItWasBuilt() {
    List<dev.widgetry.a2ui.CheckRule> checks = new ArrayList<>(List.of(dev.widgetry.a2ui.CheckRule.of(
        Functions.required(new dev.widgetry.a2ui.StringPath("/name")), "Say your name")));
    TextField field = TextField.builder().label(dev.widgetry.a2ui.DynamicString.of("Name")).checks(checks).build();
    checks.clear();

    assertEquals(1, field.checks().size());
    Button parsed = (Button) Widgets.fromJson("{\"component\":\"Button\",\"id\":\"b\",\"child\":\"l\",\"action\":"
        + "{\"event\":{\"name\":\"go\"}},\"checks\":[{\"condition\":true,\"message\":\"m\"}]}", BasicComponent.class);
    assertThrows(UnsupportedOperationException.class, () -> parsed.checks().clear());
  }

  @Test
  void updateComponentsRefusesAComponentWithoutAnId() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dev.widgetry.a2ui.UpdateComponents
        .of("s", Text.builder().id("t").text(dev.widgetry.a2ui.DynamicString.of("a")).build(),
            Text.builder().text(dev.widgetry.a2ui.DynamicString.of("b")).build()));

    assertEquals("updateComponents needs an id on each component, and component 1 (Text) has none; give it one"
        + " with withId(...), or send it in a tree through Surface, which names it", e.getMessage());
  }
}
