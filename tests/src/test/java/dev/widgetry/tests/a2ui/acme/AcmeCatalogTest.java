package dev.widgetry.tests.a2ui.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiProblem;
import dev.widgetry.a2ui.A2uiRule;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.CreateSurface;
import dev.widgetry.a2ui.DynamicNumber;
import dev.widgetry.a2ui.DynamicStringList;
import dev.widgetry.a2ui.OfficialSchemas;
import dev.widgetry.a2ui.OfficialV1Schemas;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.a2ui.StringLiteral;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.UpdateComponents;
import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A catalog of a user's own that extends the basic one: its components read, written and
 * validated like the basic ones, and its generated document accepted by the official schemas.
 */
class AcmeCatalogTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TIMELINE = "{\"component\":\"OrderTimeline\",\"id\":\"steps\",\"steps\":[\"Paid\","
      + "\"Packed\",\"Sent\"],\"current\":{\"path\":\"/step\"},\"footer\":\"note\"}";
  private static final String MESSAGES = "[{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"o\",\"catalogId\":"
      + "\"" + AcmeComponent.ID + "\"}},{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"o\",\"components\":"
      + "[{\"component\":\"Column\",\"id\":\"root\",\"children\":[\"steps\",\"chart\"]}," + TIMELINE + ","
      + "{\"component\":\"PriceChart\",\"id\":\"chart\",\"points\":[{\"label\":\"Mon\",\"value\":3}],\"style\":\"bar\","
      + "\"legend\":[\"note\"]},{\"component\":\"Text\",\"id\":\"note\",\"text\":\"Prices in EUR\"}]}}]";

  @Test
  void theCatalogExtendsTheBasicOne() {
    assertEquals(AcmeComponent.ID, AcmeComponentCatalog.CATALOG.id());
    assertEquals(BasicCatalog.CATALOG, AcmeComponentCatalog.CATALOG.parent());
    assertEquals(20, AcmeComponentCatalog.CATALOG.componentNames().size());
    assertTrue(AcmeComponentCatalog.CATALOG.contains("OrderTimeline"));
    assertTrue(AcmeComponentCatalog.CATALOG.contains("Text"));
  }

  @Test
  void itsComponentsReadAndWriteBackAndValidate() {
    List<ServerMessage> messages = A2ui.parseMessages(MESSAGES, AcmeComponentCatalog.CATALOG);

    assertEquals(MESSAGES, A2ui.toJsonArray(messages));
    assertEquals(List.of(), A2ui.validate(messages, AcmeComponentCatalog.CATALOG));
  }

  @Test
  void aPropOfALaterVersionIsWrittenAndReadInThatVersionOnly() throws Exception {
    PriceChart chart = PriceChart.builder().id("chart").points(List.of(new PriceChart.Point(new StringLiteral("Mon"),
        DynamicNumber.of(3)))).caption(new StringLiteral("Prices in EUR")).build();
    List<ServerMessage> messages = List.of(CreateSurface.of("o", AcmeComponentCatalog.CATALOG),
        UpdateComponents.of("o", chart));

    String v1 = A2ui.writer(A2uiVersion.V1_0).toJsonArray(messages);
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> A2ui.toJsonArray(messages));
    WidgetParseException unknown = assertThrows(WidgetParseException.class,
        () -> A2ui.parseMessages(v1.replace("v1.0", "v0.9"), AcmeComponentCatalog.CATALOG));

    assertEquals("Prices in EUR", JSON.readTree(v1).at("/1/updateComponents/components/0/caption").asText());
    assertEquals(messages, A2ui.reader(A2uiVersion.V1_0).parseMessages(v1, AcmeComponentCatalog.CATALOG));
    assertEquals("Component \"chart\" of surface \"o\": A2UI v0.9's PriceChart has no caption (A2UI v1.0 has), and"
        + " this PriceChart has one: write it with A2ui.writer(A2uiVersion.V1_0), or build it without caption",
        refused.getMessage());
    assertEquals(List.of("/1/updateComponents/components/0/caption"),
        unknown.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList()));
    assertTrue(JSON.readTree(AcmeComponentCatalog.CATALOG.document()).at("/components/PriceChart").toString()
        .contains("\"legend\""));
    assertTrue(!JSON.readTree(AcmeComponentCatalog.CATALOG.document()).at("/components/PriceChart").toString()
        .contains("caption"), "the v0.9 document leaves the v1.0 prop out");
  }

  @Test
  void withoutItsCatalogTheReaderNamesWhatItKnows() {
    WidgetParseException e = assertThrows(WidgetParseException.class, () -> A2ui.parseMessages(MESSAGES));

    assertEquals(List.of("/0/createSurface/catalogId", "/1/updateComponents/components/1/component",
        "/1/updateComponents/components/2/component"), e.problems().stream().map(ParseProblem::pointer)
        .collect(Collectors.toList()), e.getMessage());
  }

  @Test
  void itsReferencesAreChecked() {
    List<ServerMessage> messages = List.of(CreateSurface.of("o", AcmeComponentCatalog.CATALOG),
        UpdateComponents.of("o", Column.builder().id("root").children(dev.widgetry.a2ui.ChildList.of("steps")).build(),
            OrderTimeline.builder().id("steps").steps(DynamicStringList.of("a")).current(DynamicNumber.of(0))
                .footer("gone").build()));

    List<A2uiProblem> problems = A2ui.validate(messages, AcmeComponentCatalog.CATALOG);

    assertEquals(1, problems.size(), problems::toString);
    assertEquals(A2uiRule.DANGLING_REFERENCE, problems.get(0).rule());
    assertEquals("/1/updateComponents/components/1/footer", problems.get(0).pointer());
  }

  @Test
  void aComponentOutsideItsSurfacesCatalogNeedsItsOwnCatalogGiven() {
    List<ServerMessage> messages = List.of(CreateSurface.of("s"), UpdateComponents.of("s",
        OrderTimeline.builder().id("root").steps(DynamicStringList.of("a")).current(DynamicNumber.of(0)).build()));

    List<A2uiProblem> problems = A2ui.validate(messages);

    assertEquals(1, problems.size(), problems::toString);
    assertEquals(A2uiRule.NOT_IN_CATALOG, problems.get(0).rule());
    assertEquals("/1/updateComponents/components/0/component", problems.get(0).pointer());
    assertEquals("OrderTimeline is not in the basic catalog, the catalog of surface \"s\", nor of a catalog given to"
        + " the validator that it could name in its catalogId", problems.get(0).message());
    assertEquals(List.of(), A2ui.validate(messages, AcmeComponentCatalog.CATALOG),
        "A2UI v1.0 names Acme's catalog in the component's catalogId");
  }

  @Test
  void aSurfaceOfTheCatalogMixesItsComponentsWithTheBasicOnes() {
    Surface surface = Surface.builder("o", AcmeComponentCatalog.CATALOG)
        .root(Column.of(Text.of("Your order"),
            OrderTimeline.builder().steps(DynamicStringList.of("Paid", "Sent")).current(DynamicNumber.of(1)).build()))
        .build();

    assertEquals(List.of(), A2ui.validate(surface.messages(), AcmeComponentCatalog.CATALOG));
    assertEquals(AcmeComponent.ID, surface.create().catalogId());
  }

  @Test
  void itsDocumentHasTheBasicComponentsThenItsOwnAndTheOfficialSchemasAcceptItsMessages() throws Exception {
    JsonNode document = JSON.readTree(AcmeComponentCatalog.CATALOG.document());
    List<String> names = new ArrayList<>();
    document.get("components").fieldNames().forEachRemaining(names::add);

    assertEquals(List.of("Text", "Image", "Icon", "Video", "AudioPlayer", "Row", "Column", "List", "Card", "Tabs", "Modal",
        "Divider", "Button", "TextField", "CheckBox", "ChoicePicker", "Slider", "DateTimeInput", "OrderTimeline",
        "PriceChart"), names);
    assertEquals(14, document.get("functions").size());
    assertEquals(List.of(), OfficialSchemas.withCatalog(document.toString())
        .problems("server_to_client_list.json", JSON.readTree(MESSAGES)));
    String wrong = MESSAGES.replace("\"style\":\"bar\"", "\"style\":\"pie\"");
    assertTrue(OfficialSchemas.withCatalog(document.toString())
        .problems("server_to_client_list.json", JSON.readTree(wrong)).size() > 0);
  }

  @Test
  void itsV1DocumentIsACatalogByTheOfficialDefinitionAndTheV1SchemasAcceptItsSurfaces() throws Exception {
    String document = AcmeComponentCatalog.CATALOG.document(A2uiVersion.V1_0);
    JsonNode tree = JSON.readTree(document);
    List<ServerMessage> messages = new ArrayList<>(A2ui.parseMessages(MESSAGES, AcmeComponentCatalog.CATALOG));
    messages.add(UpdateComponents.of("o", PriceChart.builder().id("chart").points(List.of(new PriceChart.Point(
        new StringLiteral("Mon"), DynamicNumber.of(3)))).caption(new StringLiteral("Prices in EUR")).build()));
    String v1 = A2ui.writer(A2uiVersion.V1_0).toJsonArray(messages);

    assertEquals(List.of(), OfficialV1Schemas.official().problems("catalog_definition.json", tree));
    assertEquals("1.0", tree.get("protocolVersion").asText());
    assertEquals(AcmeComponent.ID, tree.get("catalogId").asText());
    assertTrue(tree.at("/components/PriceChart/properties").has("caption"), "the v1.0 prop is in the v1.0 document");
    assertEquals(List.of(), OfficialV1Schemas.withCatalog(document)
        .problems("agent_to_renderer_list.json", JSON.readTree(v1)));
    String wrong = v1.replace("\"style\":\"bar\"", "\"style\":\"pie\"");
    assertFalse(wrong.equals(v1));
    assertTrue(OfficialV1Schemas.withCatalog(document)
        .problems("agent_to_renderer_list.json", JSON.readTree(wrong)).size() > 0);
    String unknown = v1.replace("\"component\":\"OrderTimeline\"", "\"component\":\"OrderTimetable\"");
    assertTrue(OfficialV1Schemas.withCatalog(document)
        .problems("agent_to_renderer_list.json", JSON.readTree(unknown)).size()
        > 0, "a component the catalog does not have is refused");
    assertTrue(OfficialV1Schemas.official().problems("agent_to_renderer_list.json", JSON.readTree(v1)).size() > 0,
        "without the catalog mapped in, the official schemas refuse Acme's components");
  }
}
