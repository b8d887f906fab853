package dev.widgetry.a2ui;

import static dev.widgetry.a2ui.basic.Functions.formatNumber;
import static dev.widgetry.a2ui.basic.Functions.index;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Row;
import dev.widgetry.a2ui.basic.Slider;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A2UI v1.0's system function {@code @index} ({@link IndexCall}): written and read back in v1.0,
 * valid by the official v1.0 schemas; refused by the v0.9 writer at the prop that holds it, an
 * unknown function to the v0.9 reader; and reported by the integrity rules outside a list template.
 */
class V1IndexTest {
  private static final String SURFACE = "s";

  /** A list of rows over /items: each row shows its place, counted from 1, and names it in its action. */
  private static List<ServerMessage> surface(ChildList rows) {
    return List.of(
        CreateSurface.of(SURFACE),
        new UpdateComponents(SURFACE, List.of(
            Column.builder().id("root").children(rows).build(),
            Row.builder().id("row").children(ChildList.of("place", "pick")).build(),
            Text.builder().id("place").text(formatNumber(index(1))).build(),
            Button.builder().id("pick").child("place")
                .action(Action.event("pick").with("index", index()).with("shifted", index(new NumberPath("/shift"))))
                .build())));
  }

  private static final List<ServerMessage> TEMPLATED = surface(new ChildList.Template("row", "/items"));

  @Test
  void writtenAsV1ItIsValidByTheOfficialSchemasAndReadsBackEqual() {
    String json = A2ui.writer(A2uiVersion.V1_0).toJsonArray(TEMPLATED);
    JsonNode tree = OfficialExamples.parse(json);

    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json", tree));
    JsonNode components = tree.at("/1/updateComponents/components");
    assertEquals(OfficialExamples.parse("{\"call\":\"@index\",\"args\":{\"offset\":1}}"),
        components.at("/2/text/args/value"));
    assertEquals(OfficialExamples.parse("{\"call\":\"@index\"}"), components.at("/3/action/event/context/index"));
    assertEquals(OfficialExamples.parse("{\"call\":\"@index\",\"args\":{\"offset\":{\"path\":\"/shift\"}}}"),
        components.at("/3/action/event/context/shifted"));

    List<ServerMessage> read = A2ui.reader(A2uiVersion.V1_0).parseMessages(json);
    List<A2uiComponent> written = ((UpdateComponents) TEMPLATED.get(1)).components();
    List<A2uiComponent> readBack = ((UpdateComponents) read.get(1)).components();
    // v1.0 calls carry no returnType, so formatNumber reads back without one; its @index is the same.
    assertEquals(index(1), ((FormatNumberCall) ((Text) readBack.get(2)).text()).args().value());
    assertEquals(written.get(3), readBack.get(3));
    assertEquals(tree, OfficialExamples.parse(A2ui.writer(A2uiVersion.V1_0).toJsonArray(read)));
    assertEquals(List.of(), A2ui.validate(read));
  }

  @Test
  void theV09WriterRefusesItNamingTheComponentAndThePropThatHoldsIt() {
    UpdateComponents place = (UpdateComponents) TEMPLATED.get(1);

    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> A2ui.toJsonArray(List.of(place)));

    assertEquals("Component \"place\" of surface \"s\", at /text/args/value: A2UI v0.9 has no {\"call\": \"@index\"}"
        + " (A2UI v1.0 has): write it with A2ui.writer(A2uiVersion.V1_0), or build it without \"@index\"",
        refused.getMessage());
    UpdateComponents pick = new UpdateComponents(SURFACE, List.of(place.components().get(3)));
    assertEquals(true, assertThrows(IllegalArgumentException.class, () -> A2ui.toJson(pick)).getMessage()
        .startsWith("Component \"pick\" of surface \"s\", at /action/event/context/index: A2UI v0.9 has no"));
  }

  @Test
  void theV09WriterFindsItInAListOfCallArguments() {
    Slider slider = Slider.builder().id("volume").max(10).value(new NumberPath("/volume"))
        .checks(List.of(new CheckRule(new BooleanLiteral(true), "fine"),
            new CheckRule(dev.widgetry.a2ui.basic.Functions.numeric(index(), 0.0, 5.0), "first rows only")))
        .build();

    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> A2ui.toJson(new UpdateComponents(SURFACE, List.of(slider))));

    assertEquals(true, refused.getMessage().startsWith("Component \"volume\" of surface \"s\", at"
        + " /checks/1/condition/args/value: A2UI v0.9 has no {\"call\": \"@index\"}"), refused.getMessage());
  }

  @Test
  void theV09ReaderReadsItAsAnUnknownFunctionWhereTheV1ReaderReadsIt() {
    String slider = "{\"component\":\"Slider\",\"id\":\"v\",\"max\":10,\"value\":{\"call\":\"@index\"}}";
    String button = "{\"component\":\"Button\",\"id\":\"b\",\"child\":\"t\",\"action\":{\"event\":{\"name\":\"go\","
        + "\"context\":{\"at\":{\"call\":\"@index\",\"args\":{\"offset\":1}}}}}}";
    for (String component : List.of(slider, button)) {
      String v09 = "[{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":[" + component
          + "]}}]";
      String v1 = v09.replace("v0.9", "v1.0");

      List<ParseProblem> problems = assertThrows(WidgetParseException.class,
          () -> A2ui.reader(A2uiVersion.V0_9).parseMessages(v09)).problems();

      String pointer = component == slider ? "/0/updateComponents/components/0/value/call"
          : "/0/updateComponents/components/0/action/event/context/at/call";
      assertEquals(List.of(pointer), problems.stream().map(ParseProblem::pointer).distinct()
          .collect(Collectors.toList()), component);
      assertEquals(true, problems.get(0).expected().contains("in A2UI v0.9 (\"@index\" is A2UI v1.0's)"),
          problems.get(0).expected());
      assertFalse(problems.get(0).expected().contains("\"@index\","), "v0.9's functions are listed without it");
      assertFalse(OfficialSchemas.official().problems("server_to_client_list.json", OfficialExamples.parse(v09))
          .isEmpty(), "the official v0.9 schema refuses it too");
      assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json",
          OfficialExamples.parse(v1)), component);
      UpdateComponents read = (UpdateComponents) A2ui.reader(A2uiVersion.V1_0).parseMessages(v1).get(0);
      assertEquals(v1, A2ui.writer(A2uiVersion.V1_0).toJsonArray(List.of(read)));
    }
  }

  @Test
  void outsideAListTemplateItIsAProblemOfItsComponent() {
    List<A2uiProblem> problems = A2ui.validate(surface(ChildList.of("row")));

    assertEquals(List.of("/1/updateComponents/components/2", "/1/updateComponents/components/3"),
        problems.stream().map(A2uiProblem::pointer).collect(Collectors.toList()));
    assertEquals(List.of(A2uiRule.INDEX_OUTSIDE_TEMPLATE, A2uiRule.INDEX_OUTSIDE_TEMPLATE),
        problems.stream().map(A2uiProblem::rule).collect(Collectors.toList()));
    assertEquals("\"place\" calls @index (at /1/updateComponents/components/2/text/args/value), and no list template"
        + " reaches it: @index counts the items of a ChildList template ({\"componentId\", \"path\"}), so call it"
        + " only in the component a template names or inside one; elsewhere bind the value, or use a template",
        problems.get(0).message());
  }

  @Test
  void readSurfacesAreCheckedAlike() {
    String json = "[{\"version\":\"v1.0\",\"createSurface\":{\"surfaceId\":\"s\",\"catalogId\":\""
        + "https://a2ui.org/specification/v1_0/catalogs/basic/catalog.json\"}},"
        + "{\"version\":\"v1.0\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":["
        + "{\"component\":\"Column\",\"id\":\"root\",\"children\":[\"count\"]},"
        + "{\"component\":\"Slider\",\"id\":\"count\",\"max\":10,\"value\":{\"call\":\"@index\"}}]}}]";
    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json",
        OfficialExamples.parse(json)), "the schema cannot tell");

    List<A2uiProblem> problems = A2ui.validate(A2ui.reader(A2uiVersion.V1_0).parseMessages(json));

    assertEquals(List.of("/1/updateComponents/components/1"),
        problems.stream().map(A2uiProblem::pointer).collect(Collectors.toList()));
    assertEquals(true, problems.get(0).message().startsWith("\"count\" calls @index (at"
        + " /1/updateComponents/components/1/value)"), problems.get(0).message());

    String templated = json.replace("\"children\":[\"count\"]", "\"children\":{\"componentId\":\"count\","
        + "\"path\":\"/counts\"}");
    assertEquals(List.of(), A2ui.validate(A2ui.reader(A2uiVersion.V1_0).parseMessages(templated)));
  }

  @Test
  void aSessionJudgesTheComponentsEachBatchBrings() {
    A2uiSession session = A2uiSession.of();
    for (ServerMessage message : surface(ChildList.of("row"))) {
      assertEquals(List.of(), session.apply(message));
    }
    assertEquals(2, session.checkpoint().size());

    session.apply(new UpdateComponents(SURFACE, List.of(Column.builder().id("root")
        .children(new ChildList.Template("row", "/items")).build())));
    session.apply(new UpdateComponents(SURFACE, List.of(Text.builder().id("place").text(formatNumber(index()))
        .build())));
    assertEquals(List.of(), session.checkpoint(), "the row and what it holds are a template's now");
  }
}
