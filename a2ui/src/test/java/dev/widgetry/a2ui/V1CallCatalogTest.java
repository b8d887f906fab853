package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A function call's own {@code catalogId} (A2UI v1.0's {@code FunctionCommon}), which overrides its
 * surface's catalog: read and written back equal in v1.0, valid by the official v1.0 schemas
 * (networknt), checked by the integrity rules (a catalog given to the validator, which has the
 * function); refused by v0.9, whose schema has no such key.
 */
class V1CallCatalogTest {
  private static final String BASIC_V1 = "https://a2ui.org/specification/v1_0/catalogs/basic/catalog.json";
  /** A catalog of no components and none of the basic functions. */
  private static final ComponentCatalog KIOSK = ComponentCatalog.builder("https://kiosk.example/catalog.json").build();

  /** A v1.0 surface whose Text shows a formatString call naming the catalog {@code catalogId}. */
  private static String surfaceWithCall(String version, String catalogId) {
    return "[{\"version\":\"" + version + "\",\"createSurface\":{\"surfaceId\":\"s\",\"catalogId\":\""
        + (version.equals("v1.0") ? BASIC_V1 : BasicCatalog.ID) + "\"}},{\"version\":\"" + version
        + "\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":[{\"id\":\"root\",\"component\":\"Column\","
        + "\"children\":[\"t\"]},{\"id\":\"t\",\"component\":\"Text\",\"text\":{\"call\":\"formatString\","
        + "\"args\":{\"value\":\"Total: ${/total}\"},\"catalogId\":\"" + catalogId + "\"}}]}}]";
  }

  private static List<ServerMessage> surfaceOf(FunctionCall call) {
    return List.of(CreateSurface.of("s"), new UpdateComponents("s", List.of(
        Column.builder().id("root").children(ChildList.of("t")).build(),
        Text.builder().id("t").text((DynamicString) call).build())));
  }

  private static List<String> pointers(WidgetParseException e) {
    return e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList());
  }

  @Test
  void aV1CallNamingItsCatalogIsValidReadsWithItAndWritesBackEqual() {
    String json = surfaceWithCall("v1.0", BASIC_V1);
    JsonNode tree = OfficialExamples.parse(json);

    List<ServerMessage> read = A2ui.reader(A2uiVersion.V1_0).parseMessages(json);

    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json", tree));
    FormatStringCall call = (FormatStringCall) ((Text) ((UpdateComponents) read.get(1)).components().get(1)).text();
    assertEquals(BASIC_V1, call.catalogId());
    assertEquals(List.of(), A2ui.validate(read));
    assertEquals(tree, OfficialExamples.parse(A2ui.writer(A2uiVersion.V1_0).toJsonArray(read)));
  }

  @Test
  void aCallBuiltInJavaNamesItsCatalogInV1AndIsValid() {
    List<ServerMessage> messages = surfaceOf(Functions.formatString("Total: ${/total}").withCatalogId(BASIC_V1));

    JsonNode written = OfficialExamples.parse(A2ui.writer(A2uiVersion.V1_0).toJsonArray(messages));

    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json", written));
    assertEquals(OfficialExamples.parse("{\"call\":\"formatString\",\"args\":{\"value\":\"Total: ${/total}\"},"
        + "\"catalogId\":\"" + BASIC_V1 + "\"}"), written.at("/1/updateComponents/components/1/text"));
    assertEquals(List.of(), A2ui.validate(messages));
  }

  @Test
  void aCallOfACatalogThatExtendsTheBasicOneValidatesWithThatCatalogGiven() {
    ComponentCatalog shop = ComponentCatalog.builder("https://shop.example/catalog.json")
        .parent(BasicCatalog.CATALOG).build();
    List<ServerMessage> read = A2ui.reader(A2uiVersion.V1_0)
        .parseMessages(surfaceWithCall("v1.0", shop.id()), shop);

    ComponentCatalog renamed = BasicCatalog.CATALOG.withId("https://renamed.example/catalog.json");
    List<ServerMessage> readRenamed = A2ui.reader(A2uiVersion.V1_0)
        .parseMessages(surfaceWithCall("v1.0", renamed.id()), renamed);

    assertEquals(List.of(), A2ui.validate(read, shop));
    assertEquals(List.of(), A2ui.validate(readRenamed, renamed), "the basic catalog under another id has its functions");
  }

  @Test
  void aCatalogIdTheValidatorWasNotGivenIsAProblemAtItNamingTheKnownIds() {
    List<ServerMessage> read = surfaceOf(Functions.formatString("Total: ${/total}")
        .withCatalogId("https://nowhere.example/catalog.json"));

    List<A2uiProblem> problems = A2ui.validate(read);
    A2uiSession session = A2uiSession.of();
    List<A2uiProblem> applied = read.stream().flatMap(message -> session.apply(message).stream())
        .collect(Collectors.toList());

    assertEquals(List.of(new A2uiProblem("/1/updateComponents/components/1/text/catalogId",
        "catalogId names https://nowhere.example/catalog.json, which is none of the catalogs given to the validator: "
            + BasicCatalog.ID, A2uiRule.NOT_IN_CATALOG)), problems);
    assertEquals(problems, applied, "a session reports it as validation does");
  }

  @Test
  void theReaderRefusesACallsCatalogIdItWasNotGivenAsItDoesAComponents() {
    String nowhere = "https://nowhere.example/catalog.json";
    String call = surfaceWithCall("v1.0", nowhere);
    String component = surfaceWithCall("v1.0", BASIC_V1)
        .replace("{\"id\":\"t\",", "{\"id\":\"t\",\"catalogId\":\"" + nowhere + "\",");

    WidgetParseException callRead = assertThrows(WidgetParseException.class,
        () -> A2ui.reader(A2uiVersion.V1_0).parseMessages(call));
    WidgetParseException componentRead = assertThrows(WidgetParseException.class,
        () -> A2ui.reader(A2uiVersion.V1_0).parseMessages(component));
    WidgetParseException withKiosk = assertThrows(WidgetParseException.class,
        () -> A2ui.reader(A2uiVersion.V1_0).parseMessages(call, KIOSK));

    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json",
        OfficialExamples.parse(call)), "only the catalogs given know the id: the schema takes any");
    assertEquals(List.of("/1/updateComponents/components/1/text/catalogId"), pointers(callRead));
    assertEquals(List.of("/1/updateComponents/components/1/catalogId"), pointers(componentRead));
    ParseProblem ofCall = callRead.problems().get(0);
    ParseProblem ofComponent = componentRead.problems().get(0);
    assertEquals("the id of a catalog given to this reader: \"" + BASIC_V1 + "\"", ofCall.expected());
    assertEquals(ofComponent.expected(), ofCall.expected(), "worded as a component's");
    assertEquals(ofComponent.found(), ofCall.found());
    assertEquals("the id of a catalog given to this reader: \"" + BASIC_V1 + "\" or \"" + KIOSK.id() + "\"",
        withKiosk.problems().get(0).expected());
  }

  @Test
  void theReaderRefusesACallNamingAGivenCatalogWithoutTheBasicFunctions() {
    String json = surfaceWithCall("v1.0", KIOSK.id());

    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> A2ui.reader(A2uiVersion.V1_0).parseMessages(json, KIOSK));
    List<ServerMessage> read = A2ui.reader(A2uiVersion.V1_0).parseMessages(surfaceWithCall("v1.0", BASIC_V1), KIOSK);

    assertEquals(List.of("/1/updateComponents/components/1/text/catalogId"), pointers(e));
    assertEquals("the id of a catalog given to this reader that has FormatStringCall's function: \"" + BASIC_V1
        + "\"", e.problems().get(0).expected());
    assertEquals("\"" + KIOSK.id() + "\", a catalog without the basic functions", e.problems().get(0).found());
    assertEquals(BASIC_V1, ((FormatStringCall) ((Text) ((UpdateComponents) read.get(1)).components().get(1)).text())
        .catalogId(), "a call naming a given catalog with the function reads with its catalogId");
  }

  @Test
  void aCatalogWithoutTheFunctionIsAProblemAtTheCallsCatalogId() {
    List<ServerMessage> messages = surfaceOf(Functions.formatString("Total: ${/total}").withCatalogId(KIOSK.id()));

    List<A2uiProblem> problems = A2ui.validate(messages, KIOSK);
    A2uiSession session = A2uiSession.of(KIOSK);
    List<A2uiProblem> applied = messages.stream().flatMap(message -> session.apply(message).stream())
        .collect(Collectors.toList());

    assertEquals(List.of(new A2uiProblem("/1/updateComponents/components/1/text/catalogId",
        "function \"formatString\" is not in catalog https://kiosk.example/catalog.json, the catalog this call's"
            + " catalogId names", A2uiRule.NOT_IN_CATALOG)), problems);
    assertEquals(problems, applied);
  }

  @Test
  void v09RefusesACallsCatalogIdReadingAndWriting() {
    String json = surfaceWithCall("v0.9", BasicCatalog.ID);
    List<ServerMessage> messages = surfaceOf(Functions.formatString("Total: ${/total}").withCatalogId(BASIC_V1));

    WidgetParseException read = assertThrows(WidgetParseException.class, () -> A2ui.parseMessages(json));
    IllegalArgumentException written = assertThrows(IllegalArgumentException.class,
        () -> A2ui.toJsonArray(messages));

    assertFalse(OfficialSchemas.official().problems("server_to_client_list.json", OfficialExamples.parse(json))
        .isEmpty(), "v0.9's schema has no catalogId on a call either");
    assertEquals(List.of("/1/updateComponents/components/1/text/catalogId"), pointers(read));
    String message = read.problems().get(0).message();
    assertTrue(message.contains("(\"catalogId\" is A2UI v1.0's)"), message);
    assertEquals("Component \"t\" of surface \"s\": A2UI v0.9's FormatStringCall has no catalogId (A2UI"
        + " v1.0 has), and this FormatStringCall has one: write it with A2ui.writer(A2uiVersion.V1_0), or build it"
        + " without catalogId", written.getMessage());
  }

  @Test
  void validatedAsV09ACallThatNamesACatalogIsAProblemAtItsCatalogId() {
    List<ServerMessage> messages = surfaceOf(Functions.formatString("Total: ${/total}").withCatalogId(BASIC_V1));

    List<A2uiProblem> v09 = A2ui.validate(A2uiVersion.V0_9, messages);

    assertEquals(List.of(new A2uiProblem("/1/updateComponents/components/1/text/catalogId", "A2UI v0.9 has no"
        + " catalogId on a call: its function is of its surface's catalog. Send it as A2UI v1.0, or leave catalogId"
        + " out", A2uiRule.NOT_IN_CATALOG)), v09);
    assertEquals(List.of(), A2ui.validate(A2uiVersion.V1_0, messages));
  }

  @Test
  void theSystemFunctionIsOfNoCatalog() {
    String json = surfaceWithCall("v1.0", BASIC_V1).replace("{\"call\":\"formatString\",\"args\":{\"value\":"
        + "\"Total: ${/total}\"}", "{\"call\":\"formatNumber\",\"args\":{\"value\":{\"call\":\"@index\"}}");
    String index = json.replace("{\"call\":\"@index\"}", "{\"call\":\"@index\",\"catalogId\":\"" + BASIC_V1 + "\"}")
        .replace("}},\"catalogId\":\"" + BASIC_V1 + "\"}", "}}}");

    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> A2ui.reader(A2uiVersion.V1_0).parseMessages(index));

    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json",
        OfficialExamples.parse(json)));
    assertFalse(OfficialV1Schemas.official().problems("agent_to_renderer_list.json", OfficialExamples.parse(index))
        .isEmpty(), "the official schema refuses a catalogId on @index");
    assertEquals(List.of("/1/updateComponents/components/1/text/args/value/catalogId"), pointers(e));
  }

  @Test
  void aRendererFunctionCallIsOfTheCatalogItsCallNames() {
    FunctionCall call = Functions.formatString("Total: ${/total}").withCatalogId("https://shop.example/catalog.json");

    CallRendererFunction message = CallRendererFunction.of("c-1", call);
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> new CallRendererFunction("c-2", call, BasicCatalog.ID));

    assertEquals("https://shop.example/catalog.json", message.catalogId());
    assertEquals(BasicCatalog.ID, CallRendererFunction.of("c-3", Functions.formatString("x")
        .withCatalogId(BASIC_V1)).catalogId(), "v1.0's basic catalog id is the basic catalog");
    assertEquals(BasicCatalog.ID, CallRendererFunction.of("c-4", Functions.formatString("x")).catalogId(),
        "a call naming no catalog is of the basic one");
    JsonNode written = OfficialExamples.parse(A2ui.writer(A2uiVersion.V1_0).toJson(message));
    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer.json", written));
    assertEquals("https://shop.example/catalog.json", written.at("/callRendererFunction/callFunction/catalogId")
        .asText());
    assertEquals("CallRendererFunction \"c-2\" is of catalog " + BasicCatalog.ID + ", and its call names catalog"
        + " https://shop.example/catalog.json: give the call no catalogId, or the same", other.getMessage());
  }
}
