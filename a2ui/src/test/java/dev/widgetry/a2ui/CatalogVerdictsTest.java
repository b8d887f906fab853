package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Card;
import dev.widgetry.a2ui.basic.CheckBox;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.runtime.WidgetParseException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validated by networknt's json-schema-validator against the official schemas: what we write is
 * valid, and the basic catalog's generated document and the official {@code catalog.json} give the
 * same verdict on the examples and on a mutation per rule, as our parser does.
 *
 * <p>Two examples are left to {@code OfficialExamplesRoundTripTest} and
 * {@code BasicCatalogDocumentTest}: 09 and 32 nest function calls, and the validator, which tries
 * each call against every function at each level, takes tens of seconds of CPU on them (25 s and
 * 100 s measured). What we write for them is byte for byte the JSON of files that validate, and the
 * two documents are equal schemas.
 */
class CatalogVerdictsTest {
  private static final List<String> SLOW = List.of("09_login-form.json", "32_advanced-form-validator.json");
  private static final OfficialSchemas OFFICIAL = OfficialSchemas.official();
  private static final OfficialSchemas GENERATED = OfficialSchemas.withCatalog(BasicCatalog.CATALOG.document());

  static Stream<String> examples() {
    return OfficialExamples.names().stream().filter(name -> !SLOW.contains(name));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void whatWeWriteOfAnExampleIsValidUnderBothCatalogs(String example) {
    JsonNode written = OfficialExamples.parse(A2ui.toJsonArray(A2ui.parseMessages(OfficialExamples.text(example))));

    assertEquals(List.of(), OFFICIAL.problems("server_to_client_list.json", written));
    assertEquals(List.of(), GENERATED.problems("server_to_client_list.json", written));
  }

  @Test
  void surfacesWeBuildAreValid() {
    Surface surface = Surface.builder("order")
        .theme(Theme.of().primaryColor("#00BFFF").iconUrl("https://example.com/i.png"))
        .root(Card.of(Column.of(
            Text.of("Order", Text.Variant.H3),
            CheckBox.builder().label(DynamicString.of("Gift")).value(BooleanPath.unchecked("/gift"))
                .checks(CheckRule.of(Functions.required(BooleanPath.unchecked("/gift")), "Required")).build(),
            Button.of("Help", Action.call(Functions.openUrl("https://example.com/help"))),
            Button.of("Pay", Action.event("pay").with("total", NumberPath.unchecked("/total")).with("rush", true)))))
        .dataModel(OfficialExamples.parse("{\"gift\":false,\"total\":3}"))
        .build();
    JsonNode written = OfficialExamples.parse(A2ui.toJsonArray(surface.messages()));

    assertEquals(List.of(), OFFICIAL.problems("server_to_client_list.json", written));
    assertEquals(List.of(), OFFICIAL.problems("server_to_client_list_wrapper.json",
        OfficialExamples.parse("{\"messages\":" + written + "}")));
  }

  static Stream<Arguments> mutations() {
    return Stream.of(
        mutation("an enum value outside the list", text("\"text\":\"a\",\"variant\":\"title\"")),
        mutation("a missing required prop", text("\"variant\":\"h1\"")),
        mutation("a prop the component does not have", text("\"text\":\"a\",\"color\":\"red\"")),
        mutation("a value of the wrong dynamic kind", component("\"component\":\"CheckBox\",\"label\":\"a\","
            + "\"value\":\"yes\"")),
        mutation("a call whose returnType is not its function's", text("\"text\":{\"call\":\"formatString\","
            + "\"args\":{\"value\":\"a\"},\"returnType\":\"boolean\"}")),
        mutation("an unknown function", text("\"text\":{\"call\":\"now\",\"args\":{}}")),
        mutation("length without bounds", checkBox("{\"call\":\"length\",\"args\":{\"value\":\"a\"}}")),
        mutation("a negative length", checkBox("{\"call\":\"length\",\"args\":{\"value\":\"a\",\"min\":-1}}")),
        mutation("and of one value", checkBox("{\"call\":\"and\",\"args\":{\"values\":[true]}}")),
        mutation("an argument the function does not have", checkBox("{\"call\":\"email\",\"args\":{\"value\":\"a\","
            + "\"strict\":true}}")),
        mutation("a literal date bound that is not RFC 3339", component("\"component\":\"DateTimeInput\","
            + "\"value\":\"\",\"min\":\"yesterday\"")),
        mutation("a relative openUrl", component("\"component\":\"Button\",\"child\":\"l\",\"action\":"
            + "{\"functionCall\":{\"call\":\"openUrl\",\"args\":{\"url\":\"/help\"}}}")),
        mutation("an event and a call at once", component("\"component\":\"Button\",\"child\":\"l\",\"action\":"
            + "{\"event\":{\"name\":\"a\"},\"functionCall\":{\"call\":\"openUrl\",\"args\":{\"url\":\"https://a.b\"}}}")),
        mutation("tabs without a tab", component("\"component\":\"Tabs\",\"tabs\":[]")),
        mutation("checks on a Text", text("\"text\":\"a\",\"checks\":[]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void bothCatalogsAndTheParserRefuseAMutation(String rule, String message) {
    JsonNode json = OfficialExamples.parse(message);

    assertFalse(OFFICIAL.problems("server_to_client.json", json).isEmpty(), "official catalog");
    assertFalse(GENERATED.problems("server_to_client.json", json).isEmpty(), "generated catalog");
    assertThrows(WidgetParseException.class, () -> A2ui.parseMessages(message));
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        mutation("a date bound", component("\"component\":\"DateTimeInput\",\"value\":\"\",\"min\":\"2025-01-31\","
            + "\"max\":\"2025-12-31T23:59:59Z\"")),
        mutation("a bound date", component("\"component\":\"DateTimeInput\",\"value\":\"\",\"min\":{\"path\":\"/m\"}")),
        mutation("an absolute openUrl", component("\"component\":\"Button\",\"child\":\"l\",\"action\":"
            + "{\"functionCall\":{\"call\":\"openUrl\",\"args\":{\"url\":\"https://a2ui.org\"},\"returnType\":\"void\"}}")),
        mutation("length with a bound", checkBox("{\"call\":\"length\",\"args\":{\"value\":\"a\",\"max\":3}}")),
        mutation("an svg icon", component("\"component\":\"Icon\",\"name\":{\"svgPath\":\"M0 0\"}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void bothCatalogsAndTheParserAccept(String what, String message) {
    JsonNode json = OfficialExamples.parse(message);

    assertEquals(List.of(), OFFICIAL.problems("server_to_client.json", json));
    assertEquals(List.of(), GENERATED.problems("server_to_client.json", json));
    assertTrue(OfficialExamples.sameJson(json, OfficialExamples.parse(A2ui.toJson(A2ui.parseMessages(message).get(0)))));
  }

  static Stream<Arguments> stricter() {
    return Stream.of(
        mutation("a boolean function as text", text("\"text\":{\"call\":\"required\",\"args\":{\"value\":\"a\"}}")),
        mutation("a call where a number goes", component("\"component\":\"Slider\",\"max\":5,\"value\":"
            + "{\"call\":\"formatString\",\"args\":{\"value\":\"a\"}}")),
        mutation("a key accessibility does not have", text("\"text\":\"a\",\"accessibility\":{\"role\":\"x\"}")),
        mutation("required of a literal object", checkBox("{\"call\":\"required\",\"args\":{\"value\":{\"a\":1}}}")));
  }

  /** The rows where the parser refuses what the schema takes, each a bug in a surface (README lists them). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("stricter")
  void theParserIsStricterThanBothCatalogsWhereItSaysSo(String what, String message) {
    JsonNode json = OfficialExamples.parse(message);

    assertEquals(List.of(), OFFICIAL.problems("server_to_client.json", json));
    assertEquals(List.of(), GENERATED.problems("server_to_client.json", json));
    assertThrows(WidgetParseException.class, () -> A2ui.parseMessages(message));
  }

  private static Arguments mutation(String rule, String message) {
    return Arguments.of(rule, message);
  }

  private static String text(String props) {
    return component("\"component\":\"Text\"," + props);
  }

  private static String checkBox(String condition) {
    return component("\"component\":\"CheckBox\",\"label\":\"a\",\"value\":true,\"checks\":[{\"condition\":"
        + condition + ",\"message\":\"m\"}]");
  }

  private static String component(String props) {
    return "{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":[{\"id\":\"c\","
        + props + "}]}}";
  }
}
