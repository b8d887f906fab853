package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Image;
import dev.widgetry.a2ui.basic.ImageBuilder;
import dev.widgetry.a2ui.basic.Slider;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.a2ui.basic.TextField;
import dev.widgetry.a2ui.basic.Video;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The props v1.0 adds to the records ({@link A2uiSince}): written and read back as v1.0, valid by
 * the official v1.0 schemas; refused by the v0.9 writer, naming the prop, and read as unknown
 * properties by the v0.9 reader. And the one v1.0 dropped ({@link A2uiUntil}), the other way round.
 */
class V1PropsTest {
  private static final String SURFACE = "s";
  /** A catalogId a reader of the basic catalog knows: a component may name its surface's catalog too. */
  private static final String BASIC_V1 = "https://a2ui.org/specification/v1_0/catalogs/basic/catalog.json";

  private static final TextField FIELD = TextField.builder().id("email").label(new StringLiteral("Email"))
      .placeholder(new StringLiteral("ada@example.com")).build();
  private static final Slider SLIDER = Slider.builder().id("volume").value(new NumberPath("/volume")).max(10)
      .steps(5).build();
  private static final Video VIDEO = Video.builder().id("intro").url(new StringLiteral("https://example.com/a.mp4"))
      .posterUrl(new StringLiteral("https://example.com/a.png")).build();
  private static final Text STATUS = Text.builder().id("status").text(new StringPath("/status"))
      .accessibility(new AccessibilityAttributes(new StringLiteral("Status"), null, AccessibilityAttributes.Live.POLITE,
          new BooleanPath("/quiet")))
      .build();
  private static final Image LOGO = Image.builder().id("logo").url(new StringLiteral("https://example.com/l.png"))
      .catalogId(BASIC_V1).metadata(ComponentMetadata.of(Map.of("acme_trace", OfficialExamples.parse("{\"id\":7}"))))
      .build();
  private static final Button SEND = Button.builder().id("send").child("status")
      .action(Action.event("send").withUserMessage(new StringLiteral("Sent the form"))).build();

  @Test
  void everyV1PropIsWrittenValidAndReadBackInV1() {
    List<ServerMessage> messages = List.of(new UpdateComponents(SURFACE, List.of(FIELD, SLIDER, VIDEO, STATUS, SEND,
        LOGO)));

    String json = A2ui.writer(A2uiVersion.V1_0).toJsonArray(messages);
    JsonNode tree = OfficialExamples.parse(json);

    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json", tree));
    JsonNode components = tree.at("/0/updateComponents/components");
    assertEquals("ada@example.com", components.at("/0/placeholder").asText());
    assertEquals(5, components.at("/1/steps").asInt());
    assertEquals("https://example.com/a.png", components.at("/2/posterUrl").asText());
    assertEquals("polite", components.at("/3/accessibility/live").asText());
    assertEquals("/quiet", components.at("/3/accessibility/hidden/path").asText());
    assertEquals("Sent the form", components.at("/4/action/event/userMessage").asText());
    assertEquals(BASIC_V1, components.at("/5/catalogId").asText());
    assertEquals(7, components.at("/5/metadata/extensions/acme_trace/id").asInt());
    assertEquals(messages, A2ui.reader(A2uiVersion.V1_0).parseMessages(json));
  }

  @Test
  void v09WriterRefusesEachV1PropNamingItAndTheComponent() {
    assertEquals("Component \"email\" of surface \"s\": A2UI v0.9's TextField has no placeholder (A2UI v1.0 has),"
        + " and this TextField has one: write it with A2ui.writer(A2uiVersion.V1_0), or build it without"
        + " placeholder", refusedAsV09(FIELD));
    assertEquals("Component \"volume\" of surface \"s\": A2UI v0.9's Slider has no steps (A2UI v1.0 has), and this"
        + " Slider has one: write it with A2ui.writer(A2uiVersion.V1_0), or build it without steps",
        refusedAsV09(SLIDER));
    assertEquals("Component \"intro\" of surface \"s\": A2UI v0.9's Video has no posterUrl (A2UI v1.0 has), and"
        + " this Video has one: write it with A2ui.writer(A2uiVersion.V1_0), or build it without posterUrl",
        refusedAsV09(VIDEO));
    assertEquals("Component \"status\" of surface \"s\": A2UI v0.9's AccessibilityAttributes has no live (A2UI v1.0"
        + " has), and this AccessibilityAttributes has one: write it with A2ui.writer(A2uiVersion.V1_0), or build"
        + " it without live", refusedAsV09(STATUS));
    assertEquals("Component \"send\" of surface \"s\": A2UI v0.9's Event has no userMessage (A2UI v1.0 has), and"
        + " this Event has one: write it with A2ui.writer(A2uiVersion.V1_0), or build it without userMessage",
        refusedAsV09(SEND));
    assertEquals("Component \"logo\" of surface \"s\": A2UI v0.9's Image has no catalogId (A2UI v1.0 has), and"
        + " this Image has one: write it with A2ui.writer(A2uiVersion.V1_0), or build it without catalogId",
        refusedAsV09(LOGO));
    assertEquals(true, refusedAsV09(ImageBuilder.from(LOGO).catalogId(null).build()).contains("Image has no metadata"));
  }

  @Test
  void componentsWithoutV1PropsStillWriteAsV09() {
    TextField plain = TextField.builder().id("email").label(new StringLiteral("Email")).build();
    AccessibilityAttributes hiddenOnly = new AccessibilityAttributes(null, null, null, new BooleanLiteral(true));

    assertEquals("{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":[{\"component\":"
        + "\"TextField\",\"id\":\"email\",\"label\":\"Email\"}]}}",
        A2ui.toJson(new UpdateComponents(SURFACE, List.of(plain))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> A2ui.toJson(new UpdateComponents(
        SURFACE, List.of(Text.builder().id("t").text(new StringLiteral("x")).accessibility(hiddenOnly).build()))));
    assertEquals(true, e.getMessage().contains("AccessibilityAttributes has no hidden"), e.getMessage());
  }

  @Test
  void v09ReaderReadsEachV1PropAsUnknown() {
    Map<String, String> components = Map.of(
        "{\"component\":\"TextField\",\"id\":\"email\",\"label\":\"Email\",\"placeholder\":\"x\"}",
        "/0/updateComponents/components/0/placeholder",
        "{\"component\":\"Slider\",\"id\":\"v\",\"value\":1,\"max\":10,\"steps\":5}",
        "/0/updateComponents/components/0/steps",
        "{\"component\":\"Video\",\"id\":\"v\",\"url\":\"https://example.com/a.mp4\",\"posterUrl\":\"p.png\"}",
        "/0/updateComponents/components/0/posterUrl",
        "{\"component\":\"Text\",\"id\":\"t\",\"text\":\"x\",\"accessibility\":{\"live\":\"off\"}}",
        "/0/updateComponents/components/0/accessibility/live",
        "{\"component\":\"Text\",\"id\":\"t\",\"text\":\"x\",\"accessibility\":{\"hidden\":true}}",
        "/0/updateComponents/components/0/accessibility/hidden",
        "{\"component\":\"Button\",\"id\":\"b\",\"child\":\"t\",\"action\":{\"event\":{\"name\":\"go\","
            + "\"userMessage\":\"Went\"}}}",
        "/0/updateComponents/components/0/action/event/userMessage",
        "{\"component\":\"Divider\",\"id\":\"d\",\"catalogId\":\"" + BASIC_V1 + "\"}",
        "/0/updateComponents/components/0/catalogId",
        "{\"component\":\"Divider\",\"id\":\"d\",\"metadata\":{\"extensions\":{\"x\":1}}}",
        "/0/updateComponents/components/0/metadata");
    components.forEach((component, pointer) -> {
      String v09 = "[{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":[" + component
          + "]}}]";
      String v1 = v09.replace("v0.9", "v1.0");

      List<ParseProblem> problems = refused(A2ui.reader(A2uiVersion.V0_9), v09);

      assertEquals(List.of(pointer), pointers(problems), component);
      assertEquals(true, problems.get(0).expected().contains("in A2UI v0.9"), problems.get(0).expected());
      // v0.9's accessibility is an open object, which the reader closes as v1.0 does (a key a model invents is
      // told so); the other props the v0.9 schema refuses too.
      assertEquals(!pointer.contains("/accessibility/"), !OfficialSchemas.official().problems(
          "server_to_client_list.json", OfficialExamples.parse(v09)).isEmpty(), component);
      assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json",
          OfficialExamples.parse(v1)), component);
      assertEquals(1, A2ui.reader(A2uiVersion.V1_0).parseMessages(v1).size(), component);
    });
  }

  /** The other way round ({@link A2uiUntil}): TextField's validationRegexp is v0.9's, and v1.0 has none. */
  @Test
  void aV09OnlyPropIsWrittenInV09AndRefusedInV1() {
    TextField checked = TextField.builder().id("zip").label(new StringLiteral("Zip")).validationRegexp("[0-9]{5}")
        .build();
    UpdateComponents message = new UpdateComponents(SURFACE, List.of(checked));

    String v09 = A2ui.toJsonArray(List.of(message));
    assertEquals(List.of(), OfficialSchemas.official().problems("server_to_client_list.json",
        OfficialExamples.parse(v09)));
    assertEquals("[0-9]{5}", OfficialExamples.parse(v09).at("/0/updateComponents/components/0/validationRegexp")
        .asText());
    assertEquals(List.of(message), A2ui.parseMessages(v09));

    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> A2ui.writer(A2uiVersion.V1_0).toJson(message));
    assertEquals("Component \"zip\" of surface \"s\": A2UI v1.0's TextField has no validationRegexp (A2UI v0.9"
        + " has), and this TextField has one: write it with A2ui.writer(A2uiVersion.V0_9), or build it without"
        + " validationRegexp", refused.getMessage());

    String v1 = v09.replace("v0.9", "v1.0");
    assertFalse(OfficialV1Schemas.official().problems("agent_to_renderer_list.json", OfficialExamples.parse(v1))
        .isEmpty(), "the official v1.0 schema refuses it too");
    List<ParseProblem> problems = refused(A2ui.reader(A2uiVersion.V1_0), v1);
    assertEquals(List.of("/0/updateComponents/components/0/validationRegexp"), pointers(problems));
    assertEquals(true, problems.get(0).expected().contains("in A2UI v1.0"), problems.get(0).expected());
  }

  @Test
  void stepsBelowOneAreRefusedAsTheSchemaRefusesThem() {
    String json = "[{\"version\":\"v1.0\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":["
        + "{\"component\":\"Slider\",\"id\":\"v\",\"value\":1,\"max\":10,\"steps\":0}]}}]";

    assertFalse(OfficialV1Schemas.official().problems("agent_to_renderer_list.json", OfficialExamples.parse(json))
        .isEmpty());
    assertEquals(List.of("/0/updateComponents/components/0"), pointers(refused(A2ui.reader(A2uiVersion.V1_0), json)));
    assertThrows(IllegalArgumentException.class, () -> Slider.builder().value(new NumberLiteral(1)).max(2).steps(0)
        .build());
  }

  @Test
  void metadataTheSchemaRefusesIsRefused() {
    for (String metadata : List.of("{\"extensions\":{\"1st\":true}}", "{\"other\":1}", "[]")) {
      String json = "[{\"version\":\"v1.0\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":["
          + "{\"component\":\"Divider\",\"id\":\"d\",\"metadata\":" + metadata + "}]}}]";

      assertFalse(OfficialV1Schemas.official().problems("agent_to_renderer_list.json", OfficialExamples.parse(json))
          .isEmpty(), metadata);
      assertEquals(false, refused(A2ui.reader(A2uiVersion.V1_0), json).isEmpty(), metadata);
    }
  }

  private static String refusedAsV09(A2uiComponent component) {
    UpdateComponents message = new UpdateComponents(SURFACE, List.of(component));
    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer.json",
        OfficialExamples.parse(A2ui.writer(A2uiVersion.V1_0).toJson(message))));
    return assertThrows(IllegalArgumentException.class, () -> A2ui.toJson(message)).getMessage();
  }

  private static List<ParseProblem> refused(A2uiReader reader, String json) {
    return assertThrows(WidgetParseException.class, () -> reader.parseMessages(json)).problems();
  }

  private static List<String> pointers(List<ParseProblem> problems) {
    return problems.stream().map(ParseProblem::pointer).distinct().collect(Collectors.toList());
  }
}
