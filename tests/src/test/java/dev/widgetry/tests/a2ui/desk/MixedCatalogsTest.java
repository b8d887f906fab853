package dev.widgetry.tests.a2ui.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiForModels;
import dev.widgetry.a2ui.A2uiProblem;
import dev.widgetry.a2ui.A2uiRule;
import dev.widgetry.a2ui.A2uiSession;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.CreateSurface;
import dev.widgetry.a2ui.DynamicNumber;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.DynamicStringList;
import dev.widgetry.a2ui.ModelAnswer;
import dev.widgetry.a2ui.OfficialV1Schemas;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.UpdateComponents;
import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.tests.a2ui.acme.AcmeComponent;
import dev.widgetry.tests.a2ui.acme.AcmeComponentCatalog;
import dev.widgetry.tests.a2ui.acme.OrderTimeline;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A2UI v1.0's component {@code catalogId}, which overrides the surface's catalog: one surface mixes
 * components of several catalogs. Acme's records keep no {@code catalogId} (their type says their
 * catalog); Desk's {@link Ticket} keeps one, as the basic components do.
 */
class MixedCatalogsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASIC_V1 = "https://a2ui.org/specification/v1_0/catalogs/basic/catalog.json";
  private static final OrderTimeline TIMELINE =
      OrderTimeline.builder().steps(DynamicStringList.of("Paid", "Sent")).current(DynamicNumber.of(1)).build();

  /** A v1.0 surface of the basic catalog whose component 1 is {@code component}. */
  private static String basicSurfaceWith(String component) {
    return "{\"version\":\"v1.0\",\"createSurface\":{\"surfaceId\":\"o\",\"catalogId\":\"" + BASIC_V1 + "\","
        + "\"components\":[{\"id\":\"root\",\"component\":\"Column\",\"children\":[\"t\"]}," + component + "]}}";
  }

  private static List<String> pointers(WidgetParseException e) {
    return e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList());
  }

  @Test
  void aMixedSurfaceBuiltInJavaIsWrittenWithTheForeignComponentsCatalogIdAndReadBackEqual() throws Exception {
    Surface surface = Surface.builder("o").root(Column.of(Text.of("Your order"), TIMELINE)).build();

    String v1 = A2ui.writer(A2uiVersion.V1_0).toJsonArray(surface.messages());
    JsonNode components = JSON.readTree(v1).at("/1/updateComponents/components");
    List<ServerMessage> read = A2ui.reader(A2uiVersion.V1_0).parseMessages(v1, AcmeComponentCatalog.CATALOG);

    assertEquals("OrderTimeline", components.at("/2/component").asText());
    assertEquals(AcmeComponent.ID, components.at("/2/catalogId").asText());
    assertFalse(components.get(0).has("catalogId"), "the Column is of the surface's catalog");
    assertFalse(components.get(1).has("catalogId"), "the Text is of the surface's catalog");
    assertEquals(List.of(), OfficialV1Schemas.withCatalog(AcmeComponentCatalog.CATALOG.document(A2uiVersion.V1_0))
        .problems("agent_to_renderer_list.json", JSON.readTree(v1)));
    assertEquals(surface.messages(), read);
    assertEquals(v1, A2ui.writer(A2uiVersion.V1_0).toJsonArray(read));
    assertEquals(List.of(), A2ui.validate(read, AcmeComponentCatalog.CATALOG));
  }

  @Test
  void aMixedSurfaceWrittenInsideItsCreateSurfaceNamesTheForeignCatalogToo() throws Exception {
    Surface surface = Surface.builder("o").root(Column.of(Text.of("Your order"), TIMELINE)).build();

    String v1 = A2ui.writer(A2uiVersion.V1_0).inlineCreate().toJsonArray(surface.messages());

    assertEquals(AcmeComponent.ID, JSON.readTree(v1).at("/0/createSurface/components/2/catalogId").asText());
    assertFalse(JSON.readTree(v1).at("/0/createSurface/components/1").has("catalogId"));
    assertEquals(surface.messages(), A2ui.reader(A2uiVersion.V1_0).parseMessages(v1, AcmeComponentCatalog.CATALOG));
  }

  @Test
  void onASurfaceOfItsOwnCatalogAComponentNamesNoCatalogAndAloneItNamesItsOwn() throws Exception {
    List<ServerMessage> ownSurface = List.of(CreateSurface.of("o", AcmeComponentCatalog.CATALOG),
        UpdateComponents.of("o", TIMELINE.withId("root")));
    List<ServerMessage> alone = List.of(UpdateComponents.of("o", TIMELINE.withId("root"), Text.of("x").withId("x")));

    JsonNode own = JSON.readTree(A2ui.writer(A2uiVersion.V1_0).toJsonArray(ownSurface));
    JsonNode lone = JSON.readTree(A2ui.writer(A2uiVersion.V1_0).toJsonArray(alone));

    assertFalse(own.at("/1/updateComponents/components/0").has("catalogId"));
    assertEquals(AcmeComponent.ID, lone.at("/0/updateComponents/components/0/catalogId").asText(),
        "its surface's catalog unknown, the component names its own: needless there, never wrong");
    assertFalse(lone.at("/0/updateComponents/components/1").has("catalogId"));
  }

  @Test
  void eachComponentIsNamedItsCatalogWhateverTypesCameBeforeIt() throws Exception {
    // The writer finds a type's catalog once and keeps the last two types: a third type between
    // two runs of one, and a record that holds its own catalogId beside one that does not, must
    // not change what a component is named.
    Ticket named = new Ticket("t1", DynamicString.of("Jam"), null, null, null, null, null, DeskComponent.ID);
    Ticket unnamed = new Ticket("t2", DynamicString.of("Toner"), null, null, null, null, null, null);
    Surface surface = Surface.builder("o").root(Column.of(TIMELINE, Text.of("a"), named, unnamed, Text.of("b"),
        TIMELINE)).build();

    JsonNode components = JSON.readTree(A2ui.writer(A2uiVersion.V1_0).toJsonArray(surface.messages()))
        .at("/1/updateComponents/components");

    List<String> catalogIds = new ArrayList<>();
    components.forEach(component -> catalogIds.add(component.path("catalogId").asText("-")));
    assertEquals(List.of("-", AcmeComponent.ID, "-", DeskComponent.ID, DeskComponent.ID, "-", AcmeComponent.ID),
        catalogIds);
  }

  @Test
  void v09RefusesAComponentOfAnotherCatalogAfterOthersOfItsSurfaces() {
    Surface surface = Surface.builder("o").root(Column.of(Text.of("a"), Column.of(Text.of("b")), Text.of("c"),
        TIMELINE)).build();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> A2ui.toJsonArray(surface.messages()));

    assertTrue(e.getMessage().startsWith("Component \"root-3\" of surface \"o\": OrderTimeline is not in the basic"
        + " catalog"), e.getMessage());
  }

  @Test
  void aComponentIsReadWithTheCatalogItsCatalogIdNamesWhereverTheIdStands() {
    String json = basicSurfaceWith("{\"catalogId\":\"" + AcmeComponent.ID + "\",\"id\":\"t\",\"steps\":[\"Paid\"],"
        + "\"current\":0,\"component\":\"OrderTimeline\"}");

    List<ServerMessage> read = A2ui.reader(A2uiVersion.V1_0).parseMessages(json, AcmeComponentCatalog.CATALOG);

    OrderTimeline timeline = (OrderTimeline) ((UpdateComponents) read.get(1)).components().get(1);
    assertEquals("t", timeline.id());
    assertNull(timeline.catalogId(), "Acme's record keeps no catalogId: its type says its catalog");
    assertEquals(List.of(), A2ui.validate(read, AcmeComponentCatalog.CATALOG));
  }

  @Test
  void aRecordThatKeepsACatalogIdReadsItAsGiven() {
    String json = basicSurfaceWith("{\"id\":\"t\",\"component\":\"Ticket\",\"title\":\"Printer jam\",\"catalogId\":\""
        + DeskComponent.ID + "\"}");

    List<ServerMessage> read = A2ui.reader(A2uiVersion.V1_0).parseMessages(json, DeskComponentCatalog.CATALOG);

    assertEquals(DeskComponent.ID, ((UpdateComponents) read.get(1)).components().get(1).catalogId());
    assertEquals(List.of(), A2ui.validate(read, DeskComponentCatalog.CATALOG));
  }

  @Test
  void aCatalogIdTheReaderDoesNotKnowIsAProblemAtItNamingTheKnownIds() {
    String json = basicSurfaceWith("{\"id\":\"t\",\"component\":\"OrderTimeline\",\"steps\":[\"Paid\"],\"current\":0,"
        + "\"catalogId\":\"https://acme.example/a2ui/catalogs/orders/v2/catalog.json\"}");

    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> A2ui.reader(A2uiVersion.V1_0).parseMessages(json, AcmeComponentCatalog.CATALOG));

    assertEquals(List.of("/createSurface/components/1/catalogId"), pointers(e));
    assertEquals("At /createSurface/components/1/catalogId (line 1, column 197): expected the id of a catalog given"
        + " to this reader: \"" + BASIC_V1 + "\" or \"" + AcmeComponent.ID + "\", found \"https://acme.example/a2ui/"
        + "catalogs/order... (57 characters)\". Did you mean \"" + AcmeComponent.ID + "\"?",
        e.problems().get(0).message());
  }

  @Test
  void aComponentTheNamedCatalogDoesNotHaveIsAProblemAtItsName() {
    String json = basicSurfaceWith("{\"id\":\"t\",\"component\":\"OrderTimeline\",\"steps\":[\"Paid\"],\"current\":0,"
        + "\"catalogId\":\"" + BASIC_V1 + "\"}");

    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> A2ui.reader(A2uiVersion.V1_0).parseMessages(json, AcmeComponentCatalog.CATALOG));

    assertEquals(List.of("/createSurface/components/1/component"), pointers(e));
    String message = e.problems().get(0).message();
    assertTrue(message.contains("one of the components of the basic catalog"), message);
  }

  @Test
  void aComponentThatNamesNoCatalogIsReadWithItsSurfacesWhenTheInputCreatedTheSurface() {
    String update = "{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"o\",\"components\":[{\"id\":"
        + "\"root\",\"component\":\"OrderTimeline\",\"steps\":[\"Paid\"],\"current\":0}]}}";
    String v09 = "[{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"o\",\"catalogId\":\"" + BasicCatalog.ID
        + "\"}}," + update + "]";
    String v1 = v09.replace("\"v0.9\"", "\"v1.0\"");

    WidgetParseException refused09 = assertThrows(WidgetParseException.class,
        () -> A2ui.parseMessages(v09, AcmeComponentCatalog.CATALOG));
    WidgetParseException refused1 = assertThrows(WidgetParseException.class,
        () -> A2ui.reader(A2uiVersion.V1_0).parseMessages(v1, AcmeComponentCatalog.CATALOG));

    assertEquals(List.of("/1/updateComponents/components/0/component"), pointers(refused09));
    assertEquals(List.of("/1/updateComponents/components/0/component"), pointers(refused1));
    String message = refused1.problems().get(0).message();
    assertTrue(message.contains("expected one of the components of the basic catalog"), message);
    assertEquals(1, A2ui.parseMessages(update, AcmeComponentCatalog.CATALOG).size(),
        "the surface created elsewhere, the component is read with any catalog given");
  }

  @Test
  void v09KeepsRefusingACatalogIdOnAComponent() {
    String json = "[{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"o\",\"components\":["
        + "{\"id\":\"t\",\"component\":\"OrderTimeline\",\"steps\":[\"Paid\"],\"current\":0,\"catalogId\":\""
        + AcmeComponent.ID + "\"},{\"id\":\"x\",\"component\":\"Text\",\"text\":\"x\",\"catalogId\":\""
        + AcmeComponent.ID + "\"}]}}]";

    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> A2ui.parseMessages(json, AcmeComponentCatalog.CATALOG));

    assertEquals(List.of("/0/updateComponents/components/0/catalogId", "/0/updateComponents/components/1/catalogId"),
        pointers(e));
  }

  @Test
  void v09CannotWriteAComponentOfAnotherCatalogThanItsSurfaces() {
    Surface surface = Surface.builder("o").root(Column.of(Text.of("Your order"), TIMELINE)).build();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> A2ui.toJsonArray(surface.messages()));

    assertEquals("Component \"root-1\" of surface \"o\": OrderTimeline is not in the basic catalog, the surface's,"
        + " and A2UI v0.9 has no catalogId to name another: write it with A2ui.writer(A2uiVersion.V1_0), or build"
        + " the surface with a catalog that has it", e.getMessage());
  }

  @Test
  void validatedAsV09AComponentOfAnotherCatalogThanItsSurfacesIsAProblemEvenWhenThatCatalogIsGiven() {
    List<ServerMessage> messages = Surface.builder("o").root(Column.of(Text.of("Your order"), TIMELINE)).build()
        .messages();

    List<A2uiProblem> v09 = A2ui.validate(A2uiVersion.V0_9, messages, AcmeComponentCatalog.CATALOG);
    A2uiSession session = A2uiSession.of(A2uiVersion.V0_9, AcmeComponentCatalog.CATALOG);
    List<A2uiProblem> applied = messages.stream().flatMap(message -> session.apply(message).stream())
        .collect(Collectors.toList());
    ModelAnswer model = A2uiForModels.of(AcmeComponentCatalog.CATALOG).read("{\"messages\":[{\"version\":\"v0.9\","
        + "\"createSurface\":{\"surfaceId\":\"o\",\"catalogId\":\"" + BasicCatalog.ID + "\"}},{\"version\":\"v0.9\","
        + "\"updateComponents\":{\"surfaceId\":\"o\",\"components\":[{\"id\":\"root\",\"component\":\"Column\","
        + "\"children\":[\"t\"]},{\"id\":\"t\",\"component\":\"OrderTimeline\",\"steps\":[\"Paid\"],"
        + "\"current\":0}]}}]}");

    assertEquals(1, v09.size(), v09::toString);
    assertEquals(A2uiRule.NOT_IN_CATALOG, v09.get(0).rule());
    assertEquals("/1/updateComponents/components/2/component", v09.get(0).pointer());
    assertEquals("OrderTimeline is not in the basic catalog, the catalog of surface \"o\", and A2UI v0.9 has no"
        + " catalogId to name another. Send it as A2UI v1.0, or create the surface with a catalog that has it",
        v09.get(0).message());
    assertEquals(v09, applied);
    assertEquals(List.of("At /messages/1/updateComponents/components/1/component (line 1, column 266): expected one"
        + " of the components of the basic catalog: \"Text\", \"Image\", \"Icon\", \"Video\", \"AudioPlayer\", \"Row\","
        + " \"Column\", \"List\", \"Card\", \"Tabs\", \"Modal\", \"Divider\", \"Button\", \"TextField\", \"CheckBox\","
        + " \"ChoicePicker\", \"Slider\" or \"DateTimeInput\", found \"OrderTimeline\"."), model.problems(),
        "a model's v0.9 answer is held to its surface's catalog though Acme's is given");
    assertEquals(List.of(), A2ui.validate(A2uiVersion.V1_0, messages, AcmeComponentCatalog.CATALOG));
    assertEquals(List.of(), A2ui.validate(messages, AcmeComponentCatalog.CATALOG), "of no particular version");
  }

  @Test
  void validatedAsV09AComponentThatNamesACatalogIsAProblemAtItsCatalogId() {
    Ticket ticket = new Ticket("t", DynamicString.of("Printer jam"), null, null, null, null, null, DeskComponent.ID);
    List<ServerMessage> messages = List.of(CreateSurface.of("o", DeskComponentCatalog.CATALOG),
        UpdateComponents.of("o", Column.builder().id("root").children(dev.widgetry.a2ui.ChildList.of("t")).build(),
            ticket));

    List<A2uiProblem> v09 = A2ui.validate(A2uiVersion.V0_9, messages, DeskComponentCatalog.CATALOG);

    assertEquals(1, v09.size(), v09::toString);
    assertEquals("/1/updateComponents/components/1/catalogId", v09.get(0).pointer());
    assertEquals("A2UI v0.9 has no catalogId: a component is of its surface's catalog. Send it as A2UI v1.0, or"
        + " leave catalogId out", v09.get(0).message());
    assertEquals(List.of(), A2ui.validate(A2uiVersion.V1_0, messages, DeskComponentCatalog.CATALOG));
  }

  @Test
  void aComponentNotInTheCatalogItsCatalogIdNamesIsAnIntegrityProblem() {
    Ticket ticket = new Ticket("t", DynamicString.of("Printer jam"), null, null, null, null, null, AcmeComponent.ID);
    List<ServerMessage> messages = List.of(CreateSurface.of("o"),
        UpdateComponents.of("o", Column.builder().id("root").children(dev.widgetry.a2ui.ChildList.of("t")).build(),
            ticket));

    List<A2uiProblem> problems =
        A2ui.validate(messages, AcmeComponentCatalog.CATALOG, DeskComponentCatalog.CATALOG);
    A2uiSession session = A2uiSession.of(AcmeComponentCatalog.CATALOG, DeskComponentCatalog.CATALOG);
    List<A2uiProblem> applied = messages.stream().flatMap(message -> session.apply(message).stream())
        .collect(Collectors.toList());

    assertEquals(1, problems.size(), problems::toString);
    assertEquals(A2uiRule.NOT_IN_CATALOG, problems.get(0).rule());
    assertEquals("/1/updateComponents/components/1/component", problems.get(0).pointer());
    assertEquals("Ticket is not in catalog " + AcmeComponent.ID + ", the catalog its catalogId names",
        problems.get(0).message());
    assertEquals(problems, applied);
  }

  @Test
  void aCatalogIdNoGivenCatalogHasIsAnIntegrityProblemAtIt() {
    Ticket ticket = new Ticket("root", DynamicString.of("Printer jam"), null, null, null, null, null,
        "https://nowhere.example/catalog.json");

    List<A2uiProblem> problems = A2ui.validate(List.of(CreateSurface.of("o"), UpdateComponents.of("o", ticket)),
        DeskComponentCatalog.CATALOG);

    assertEquals(1, problems.size(), problems::toString);
    assertEquals("/1/updateComponents/components/0/catalogId", problems.get(0).pointer());
    assertEquals("catalogId names https://nowhere.example/catalog.json, which is none of the catalogs given to the"
        + " validator: https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json, " + DeskComponent.ID,
        problems.get(0).message());
  }

  @Test
  void theReferencesOfAForeignComponentAreCheckedByItsOwnCatalog() {
    OrderTimeline timeline = OrderTimeline.builder().id("t").steps(DynamicStringList.of("a"))
        .current(DynamicNumber.of(0)).footer("gone").build();
    List<ServerMessage> messages = List.of(CreateSurface.of("o"),
        UpdateComponents.of("o", Column.builder().id("root").children(dev.widgetry.a2ui.ChildList.of("t")).build(),
            timeline));

    List<A2uiProblem> problems = A2ui.validate(messages, AcmeComponentCatalog.CATALOG);

    assertEquals(1, problems.size(), problems::toString);
    assertEquals(A2uiRule.DANGLING_REFERENCE, problems.get(0).rule());
    assertEquals("/1/updateComponents/components/1/footer", problems.get(0).pointer());
  }
}
