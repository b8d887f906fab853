package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.a2ui.basic.TextField;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The same records written and read as A2UI v1.0: what changes on the wire, what has no v1.0 form,
 * and the version a client's capabilities choose.
 */
class V1WireTest {
  private static final A2uiWriter V1 = A2ui.writer(A2uiVersion.V1_0);
  private static final String V1_BASIC = "https://a2ui.org/specification/v1_0/catalogs/basic/catalog.json";
  private static final StringPath NAME = StringPath.unchecked("/name");

  private static Surface surface() {
    return Surface.builder("s")
        .root(Column.of(
            Text.of("Sign up", Text.Variant.H2),
            Text.of(NAME, Text.Variant.H3),
            Text.of(Functions.formatText("Hello ", NAME), Text.Variant.H1),
            Text.of("Small print", Text.Variant.CAPTION),
            TextField.builder().label(DynamicString.of("Name")).value(NAME)
                .checks(CheckRule.of(Functions.required(NAME), "Required")).build(),
            Button.of("Go", Action.event("signUp").with("name", NAME))))
        .dataModel(OfficialExamples.parse("{\"name\":\"Ada\"}"))
        .build();
  }

  @Test
  void aSurfaceWritesAsV1WithoutReturnTypesWithMarkdownHeadingsAndIsValid() {
    String json = V1.toJsonArray(surface().messages());
    JsonNode written = OfficialExamples.parse(json);
    JsonNode components = written.get(1).get("updateComponents").get("components");

    assertEquals("{\"version\":\"v1.0\",\"createSurface\":{\"surfaceId\":\"s\",\"catalogId\":\"" + V1_BASIC + "\"}}",
        written.get(0).toString());
    assertEquals("{\"component\":\"Text\",\"id\":\"root-0\",\"text\":\"## Sign up\"}", components.get(1).toString());
    assertEquals("{\"component\":\"Text\",\"id\":\"root-1\",\"text\":{\"call\":\"formatString\",\"args\":{\"value\":"
        + "\"### ${/name}\"}}}", components.get(2).toString());
    assertEquals("{\"component\":\"Text\",\"id\":\"root-2\",\"text\":{\"call\":\"formatString\",\"args\":{\"value\":"
        + "\"# Hello ${/name}\"}}}", components.get(3).toString());
    assertEquals("{\"component\":\"Text\",\"id\":\"root-3\",\"text\":\"Small print\",\"variant\":\"caption\"}",
        components.get(4).toString());
    assertEquals("[{\"condition\":{\"call\":\"required\",\"args\":{\"value\":{\"path\":\"/name\"}}},\"message\":"
        + "\"Required\"}]", components.get(5).get("checks").toString());
    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json", written));
    assertFalse(OfficialV1Schemas.official().problems("agent_to_renderer_list.json",
        OfficialExamples.parse(A2ui.toJsonArray(surface().messages()).replace("v0.9", "v1.0"))).isEmpty(),
        "v1.0's schemas refuse v0.9's returnType, heading variants and catalog id");
    assertEquals(List.of(), OfficialSchemas.official().problems("server_to_client_list.json",
        OfficialExamples.parse(A2ui.toJsonArray(surface().messages()))));
  }

  @Test
  void whatV1WritesReadsBackAsTheSameMessagesSaveTheHeadings() {
    List<ServerMessage> read = A2ui.reader(A2uiVersion.V1_0).parseMessages(V1.toJsonArray(surface().messages()));

    assertEquals(BasicCatalog.ID, ((CreateSurface) read.get(0)).catalogId());
    assertEquals(V1.toJsonArray(surface().messages()), V1.toJsonArray(read));
    assertEquals(List.of(), A2ui.validate(read));
  }

  @Test
  void inlineCreateCarriesTheFirstComponentsAndDataModelAndReadsBackAsThreeMessages() {
    Surface surface = Surface.builder("s").root(Text.of("Hi")).dataModel(OfficialExamples.parse("{\"a\":1}")).build();

    String json = V1.inlineCreate().toJsonArray(surface.messages());

    assertEquals("[{\"version\":\"v1.0\",\"createSurface\":{\"surfaceId\":\"s\",\"catalogId\":\"" + V1_BASIC
        + "\",\"components\":[{\"component\":\"Text\",\"id\":\"root\",\"text\":\"Hi\"}],\"dataModel\":{\"a\":1}}}]",
        json);
    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json",
        OfficialExamples.parse(json)));
    List<ServerMessage> read = A2ui.reader(A2uiVersion.V1_0).parseMessages(json);
    assertEquals(A2ui.toJsonArray(surface.messages()), A2ui.toJsonArray(read));
    assertEquals(json, V1.inlineCreate().toJsonArray(read));
    assertThrows(IllegalStateException.class, () -> A2ui.writer(A2uiVersion.V0_9).inlineCreate());
  }

  @Test
  void aDeletionIsAnExplicitNullAndANullCannotBeStored() {
    UpdateDataModel delete = UpdateDataModel.delete("s", NAME);
    String json = V1.toJson(delete);

    assertEquals("{\"version\":\"v1.0\",\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"/name\",\"value\":null}}",
        json);
    assertEquals(A2ui.toJson(delete), A2ui.toJson(A2ui.reader(A2uiVersion.V1_0).parseMessages(json).get(0)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> V1.toJson(UpdateDataModel.at("s", NAME, OfficialExamples.parse("null"))));
    assertEquals("A2UI v1.0 deletes the value at a null, so updateDataModel of \"s\" cannot store one there (A2UI"
        + " v0.9 can): write it with A2ui.writer(A2uiVersion.V0_9), or delete with UpdateDataModel.delete",
        e.getMessage());
  }

  @Test
  void aThemeHasNoV1Form() {
    CreateSurface themed = new CreateSurface("s", BasicCatalog.ID, Theme.of().primaryColor("#00BFFF"), null);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> V1.toJson(themed));
    assertEquals("A2UI v1.0's createSurface has no theme (A2UI v0.9 has), and createSurface of \"s\" has one: write"
        + " it with A2ui.writer(A2uiVersion.V0_9), or build it without theme", e.getMessage());
  }

  @Test
  void theV1ReaderRefusesWhatV1Refuses() {
    String json = "[{\"version\":\"v1.0\",\"createSurface\":{\"surfaceId\":\"s\",\"theme\":{}}},"
        + "{\"version\":\"v1.0\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":["
        + "{\"id\":\"root\",\"component\":\"Text\",\"text\":\"a\",\"variant\":\"h1\"}]}},"
        + "{\"version\":\"v1.0\",\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"/a\"}},"
        + "{\"version\":\"v0.9\",\"deleteSurface\":{\"surfaceId\":\"s\"}}]";

    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> A2ui.reader(A2uiVersion.V1_0).parseMessages(json));

    assertEquals(List.of("/0/createSurface/theme", "/1/updateComponents/components/0/variant",
        "/2/updateDataModel/value", "/3/version"), pointers(e), e.getMessage());
    assertEquals("\"v0.9\". This is a message of another A2UI version; this reader reads v1.0. Read it with"
        + " A2ui.reader(A2uiVersion.V0_9).", e.problems().get(3).found());
  }

  @Test
  void aCreateSurfaceWithoutCatalogIsOfTheBasicCatalog() {
    List<ServerMessage> read = A2ui.reader(A2uiVersion.V1_0)
        .parseMessages("{\"version\":\"v1.0\",\"createSurface\":{\"surfaceId\":\"s\"}}");

    assertEquals(CreateSurface.of("s"), read.get(0));
  }

  @Test
  void aV1ActionKeepsItsUserMessageAndAV09OneIsRefused() {
    String action = "{\"version\":\"v1.0\",\"action\":{\"name\":\"signUp\",\"surfaceId\":\"s\","
        + "\"sourceComponentId\":\"go\",\"timestamp\":\"2026-11-30T01:56:48.750Z\",\"context\":{\"name\":\"Ada\"},"
        + "\"userMessage\":\"Sign me up\"}}";

    ActionMessage read = (ActionMessage) A2ui.reader(A2uiVersion.V1_0).parseClientMessage(action);

    assertEquals("signUp", read.name());
    assertEquals("Sign me up", read.userMessage());
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> A2ui.reader(A2uiVersion.V1_0).parseClientMessage(action.replace("v1.0", "v0.9")));
    assertEquals(List.of("/version"), pointers(e));
  }

  @Test
  void theClientsCapabilitiesChooseTheHighestVersionTheyName() {
    assertEquals(A2uiVersion.V1_0, A2uiVersion.fromCapabilities(OfficialExamples.parse(
        "{\"v0.9\":{\"supportedCatalogIds\":[]},\"v1.0\":{\"supportedCatalogIds\":[]}}")));
    assertEquals(A2uiVersion.V1_0, A2uiVersion.fromCapabilities(OfficialExamples.parse(
        "{\"a2uiRendererCapabilities\":{\"v1.0\":{}}}")));
    assertEquals(A2uiVersion.V0_9, A2uiVersion.fromCapabilities(OfficialExamples.parse(
        "{\"a2uiClientCapabilities\":{\"v0.9\":{}}}")));
    assertEquals(A2uiVersion.V0_9, A2uiVersion.fromCapabilities(OfficialExamples.parse("{}")));
    assertEquals(A2uiVersion.V0_9, A2uiVersion.fromCapabilities(null));
  }

  private static List<String> pointers(WidgetParseException e) {
    return e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList());
  }

  @Test
  void aHeadingKeepsItsLevelUnlessItsTextIsAMarkdownHeadingAlready() {
    Surface headings = Surface.builder("h").root(Column.of(Text.of("#1 seller", Text.Variant.H1),
        Text.of("## Done", Text.Variant.H2), Text.of(StringPath.unchecked("/a}b"), Text.Variant.H3))).build();

    JsonNode components = OfficialExamples.parse(V1.toJsonArray(headings.messages())).get(1).get("updateComponents")
        .get("components");

    assertEquals("\"# #1 seller\"", components.get(1).get("text").toString());
    assertEquals("\"## Done\"", components.get(2).get("text").toString());
    assertEquals("{\"path\":\"/a}b\"}", components.get(3).get("text").toString(),
        "a \"}\" cannot stand in ${...}: the binding stays");
  }

  @Test
  void aHeadingsCallThatNamesItsCatalogKeepsItAsMarkdown() {
    Surface headings = Surface.builder("h").root(Column.of(Text.of(
        Functions.formatText("Hello ", NAME).withCatalogId(V1_BASIC), Text.Variant.H2))).build();

    JsonNode written = OfficialExamples.parse(V1.toJsonArray(headings.messages()));

    assertEquals("{\"call\":\"formatString\",\"args\":{\"value\":\"## Hello ${/name}\"},\"catalogId\":\""
        + V1_BASIC + "\"}", written.get(1).get("updateComponents").get("components").get(1).get("text").toString());
    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json", written));
  }
}
