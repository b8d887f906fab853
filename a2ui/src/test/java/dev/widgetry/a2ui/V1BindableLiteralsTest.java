package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Icon;
import dev.widgetry.a2ui.basic.IconSource;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An SVG icon's {@code svgPath} and {@code openUrl}'s {@code url} hold a literal only in v0.9 and a
 * binding or a call too from v1.0 on ({@link A2uiBindableSince}): v1.0 writes and reads them back,
 * valid by the official v1.0 schemas; the v0.9 writer refuses them naming the component and the
 * prop's pointer, and the v0.9 reader refuses them where the official v0.9 schema does.
 */
class V1BindableLiteralsTest {
  private static final Icon BOUND_ICON = Icon.builder().id("logo").name(IconSource.svg(new StringPath("/logo/svg")))
      .build();
  private static final Button BOUND_LINK = Button.builder().id("help").child("logo")
      .action(Action.call(Functions.openUrl(new StringPath("/links/help")))).build();
  private static final Button COMPUTED_LINK = Button.builder().id("docs").child("logo")
      .action(Action.call(Functions.openUrl(Functions.formatString("https://example.com/${/page}")))).build();
  private static final UpdateComponents BOUND = new UpdateComponents("s", List.of(BOUND_ICON, BOUND_LINK,
      COMPUTED_LINK));

  @Test
  void v1WritesABindingOrACallValidAndReadsItBack() {
    String json = A2ui.writer(A2uiVersion.V1_0).toJsonArray(List.of(BOUND));
    JsonNode tree = OfficialExamples.parse(json);

    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json", tree));
    JsonNode components = tree.at("/0/updateComponents/components");
    assertEquals("/logo/svg", components.at("/0/name/svgPath/path").asText());
    assertEquals("/links/help", components.at("/1/action/functionCall/args/url/path").asText());
    assertEquals("formatString", components.at("/2/action/functionCall/args/url/call").asText());
    // v1.0 writes calls without returnType, so what is read back is written again the same.
    List<ServerMessage> read = A2ui.reader(A2uiVersion.V1_0).parseMessages(json);
    assertEquals(new StringPath("/links/help"), ((OpenUrlCall) ((FunctionCallAction) ((Button) ((UpdateComponents)
        read.get(0)).components().get(1)).action()).functionCall()).args().url());
    assertEquals(json, A2ui.writer(A2uiVersion.V1_0).toJsonArray(read));
  }

  @Test
  void v09WriterRefusesABindingOrACallNamingTheComponentAndWhere() {
    assertEquals("Component \"logo\" of surface \"s\", at /name/svgPath: A2UI v0.9's IconSource.Svg takes a literal"
        + " svgPath only (A2UI v1.0 takes a binding or a call), and this IconSource.Svg has a binding: write it"
        + " with A2ui.writer(A2uiVersion.V1_0), or give svgPath a literal", refusedAsV09(BOUND_ICON));
    assertEquals("Component \"help\" of surface \"s\", at /action/functionCall/args/url: A2UI v0.9's"
        + " OpenUrlCall.Args takes a literal url only (A2UI v1.0 takes a binding or a call), and this"
        + " OpenUrlCall.Args has a binding: write it with A2ui.writer(A2uiVersion.V1_0), or give url a literal",
        refusedAsV09(BOUND_LINK));
    assertEquals(true, refusedAsV09(COMPUTED_LINK).contains("/action/functionCall/args/url: A2UI v0.9's"
        + " OpenUrlCall.Args takes a literal url only (A2UI v1.0 takes a binding or a call), and this"
        + " OpenUrlCall.Args has a call"));
  }

  @Test
  void literalsStillWriteAsV09AndAsV1() {
    UpdateComponents literal = new UpdateComponents("s", List.of(
        Icon.builder().id("logo").name(IconSource.svg("M0 0h24v24H0z")).build(),
        Button.builder().id("help").child("logo").action(Action.call(Functions.openUrl("https://example.com/help")))
            .build()));

    String v09 = A2ui.toJsonArray(List.of(literal));
    String v1 = A2ui.writer(A2uiVersion.V1_0).toJsonArray(List.of(literal));

    assertEquals(List.of(), OfficialSchemas.official().problems("server_to_client_list.json",
        OfficialExamples.parse(v09)));
    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json",
        OfficialExamples.parse(v1)));
    assertEquals("M0 0h24v24H0z", OfficialExamples.parse(v09).at("/0/updateComponents/components/0/name/svgPath")
        .asText());
    assertEquals(List.of(literal), A2ui.parseMessages(v09));
    assertEquals(v1, A2ui.writer(A2uiVersion.V1_0).toJsonArray(A2ui.reader(A2uiVersion.V1_0).parseMessages(v1)));
  }

  @Test
  void v09ReaderRefusesABindingAtItsPointerAsTheOfficialSchemaDoes() {
    String v1 = A2ui.writer(A2uiVersion.V1_0).toJsonArray(List.of(BOUND));
    String v09 = v1.replace("\"v1.0\"", "\"v0.9\"").replace(",\"catalogId\":\"" + A2uiVersion.V1_0.basicCatalogId()
        + "\"", "");
    assertFalse(OfficialSchemas.official().problems("server_to_client_list.json", OfficialExamples.parse(v09))
        .isEmpty(), "the official v0.9 schema refuses it");

    List<ParseProblem> problems = assertThrows(WidgetParseException.class,
        () -> A2ui.reader(A2uiVersion.V0_9).parseMessages(v09)).problems();

    assertEquals(List.of("/0/updateComponents/components/0/name/svgPath",
        "/0/updateComponents/components/1/action/functionCall/args/url",
        "/0/updateComponents/components/2/action/functionCall/args/url"),
        problems.stream().map(ParseProblem::pointer).toList(), problems.toString());
    assertEquals("a literal: A2UI v0.9's OpenUrlCall.Args takes no binding or call in url (A2UI v1.0 does)",
        problems.get(1).expected());
    assertEquals("an object", problems.get(1).found());
  }

  @Test
  void theDocumentOfEachVersionSaysWhatItsMessagesHold() {
    JsonNode v09 = OfficialExamples.parse(dev.widgetry.a2ui.basic.BasicCatalog.CATALOG.document(A2uiVersion.V0_9));
    JsonNode v1 = OfficialExamples.parse(dev.widgetry.a2ui.basic.BasicCatalog.CATALOG.document(A2uiVersion.V1_0));

    assertEquals("string", v09.at("/functions/openUrl/properties/args/properties/url/type").asText());
    assertEquals("uri", v09.at("/functions/openUrl/properties/args/properties/url/format").asText());
    assertEquals("uri", v1.at("/functions/openUrl/properties/args/properties/url/oneOf/0/format").asText());
    assertEquals("common_types.json#/$defs/DynamicString",
        v1.at("/components/Icon/properties/name/oneOf/1/properties/svgPath/$ref").asText());
  }

  @Test
  void whatModelsReadHoldsALiteralThereAsV09Does() {
    JsonNode strict = OfficialExamples.parse(A2uiForModels.of(dev.widgetry.a2ui.basic.BasicCatalog.CATALOG)
        .strictSchema());

    assertEquals("string", strict.at("/$defs/IconSource.Svg/properties/svgPath/type").asText());
    assertEquals("string", strict.at("/$defs/OpenUrlCall.Args/properties/url/type").asText());
    assertFalse(strict.at("/$defs/OpenUrlCall.Args/properties/url").has("$ref"));
  }

  private static String refusedAsV09(A2uiComponent component) {
    UpdateComponents message = new UpdateComponents("s", List.of(component));
    return assertThrows(IllegalArgumentException.class, () -> A2ui.toJson(message)).getMessage();
  }
}
