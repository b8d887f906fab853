package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the v0.9 schemas refuse is refused, every problem at once, each at its pointer, in words a
 * model can act on.
 */
class ReadingProblemsTest {

  @Test
  void everyProblemOfAListAtOnceWithItsPointer() {
    String json = """
        [
          {"version": "v0.9", "createSurface": {"surfaceId": "s", "catalogId": "https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json"}},
          {"version": "v0.9", "updateComponents": {"surfaceId": "s", "components": [
            {"id": "root", "component": "Column", "children": ["a", "b", "c", "d"]},
            {"id": "a", "component": "Text", "text": "Hi", "variant": "title"},
            {"id": "b", "component": "Button", "child": "l", "text": "Pay", "action": {"event": {"name": "pay"}}},
            {"id": "c", "component": "CheckBox", "label": "Gift", "value": "yes"},
            {"id": "d", "component": "Slider", "value": {"path": "/v"}},
            {"id": "e", "component": "Txt", "text": "x"},
            {"id": "f", "component": "Text", "text": "x", "variant": null}
          ]}},
          {"version": "v0.9", "updateDataModel": {"surfaceId": "s", "data": {}}},
          {"version": "v1.0", "deleteSurface": {"surfaceId": "s"}},
          {"version": "v0.9", "deleteSurface": {"surfaceId": "s"}, "createSurface": {"surfaceId": "t", "catalogId": "x"}}
        ]
        """;

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> A2ui.parseMessages(json));

    assertEquals(List.of(
        "/1/updateComponents/components/1/variant",
        "/1/updateComponents/components/2/text",
        "/1/updateComponents/components/3/value",
        "/1/updateComponents/components/4/max",
        "/1/updateComponents/components/5/component",
        "/1/updateComponents/components/6/variant",
        "/2/updateDataModel/data",
        "/3/version",
        "/4/createSurface"), pointers(e), e.getMessage());
    assertEquals("At /1/updateComponents/components/1/variant (line 5, column 6): expected one of \"h1\", \"h2\","
        + " \"h3\", \"h4\", \"h5\", \"caption\" or \"body\", found \"title\".", e.problems().get(0).message());
    assertEquals("one of the properties of Button (component, id, child, variant, action, checks, accessibility,"
        + " weight)", e.problems().get(1).expected());
    assertEquals("one of the components of the basic catalog: \"Text\", \"Image\", \"Icon\", \"Video\","
        + " \"AudioPlayer\", \"Row\", \"Column\", \"List\", \"Card\", \"Tabs\", \"Modal\", \"Divider\", \"Button\","
        + " \"TextField\", \"CheckBox\", \"ChoicePicker\", \"Slider\" or \"DateTimeInput\"", e.problems().get(4).expected());
    assertEquals("Leave the property out instead of writing null.", e.problems().get(5).hint());
    assertEquals("\"v1.0\". This is a message of another A2UI version; this reader reads v0.9. Read it with"
        + " A2ui.reader(A2uiVersion.V1_0).",
        e.problems().get(7).found());
    assertEquals("The A2UI JSON has 9 problems. Fix them and send all the messages again.",
        e.getMessage().lines().findFirst().orElseThrow());
  }

  @Test
  void aMessageWithoutVersionOrKind() {
    assertEquals(List.of("/version", ""), ReadingFormsTest.pointers("{}"));
  }

  @Test
  void anExtraTopLevelKey() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> A2ui.parseMessages("{\"version\":\"v0.9\",\"deleteSurface\":{\"surfaceId\":\"s\"},\"id\":1}"));

    assertEquals(List.of("/id"), pointers(e));
    assertEquals("one of the properties of an A2UI message (version, createSurface, updateComponents,"
        + " updateDataModel, deleteSurface)", e.problems().get(0).expected());
  }

  @Test
  void aComponentListMustNotBeEmpty() {
    assertEquals(List.of("/updateComponents/components"), ReadingFormsTest.pointers(
        "{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":[]}}"));
  }

  @Test
  void anUnknownCatalogIsAProblemAtItsId() {
    assertEquals(List.of("/createSurface/catalogId"), ReadingFormsTest.pointers(
        "{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"s\",\"catalogId\":\"https://example.com/c.json\"}}"));
  }

  @Test
  void anUnknownCatalogsProblemNamesTheKnownOnesAsTheVersionWritesThem() {
    WidgetParseException e = assertThrows(WidgetParseException.class, () -> A2ui.reader(A2uiVersion.V1_0)
        .parseMessages("{\"version\":\"v1.0\",\"createSurface\":{\"surfaceId\":\"s\",\"catalogId\":\"c\"}}"));

    assertEquals("the id of a catalog this reader knows:"
        + " https://a2ui.org/specification/v1_0/catalogs/basic/catalog.json", e.problems().get(0).expected());
  }

  @Test
  void aThemeKeepsKeysOfItsOwnAndChecksItsFormats() {
    String json = "{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"s\",\"catalogId\":"
        + "\"https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json\",\"theme\":{\"primaryColor\":\"#00BFFF\","
        + "\"radius\":4}}}";
    CreateSurface create = (CreateSurface) A2ui.parseMessages(json).get(0);
    assertEquals("#00BFFF", create.theme().primaryColor());
    assertEquals(json, A2ui.toJson(create));

    assertEquals(List.of("/createSurface/theme/primaryColor", "/createSurface/theme/iconUrl"),
        ReadingFormsTest.pointers(json.replace("#00BFFF", "blue").replace("\"radius\":4", "\"iconUrl\":\"icon.png\"")));
    assertEquals(List.of("/createSurface/theme/radius"),
        ReadingFormsTest.pointers(json.replace("\"radius\":4", "\"radius\":4,\"radius\":5")));
  }

  @Test
  void anUpdateDataModelKeepsANullValueApartFromNone() {
    UpdateDataModel stored = (UpdateDataModel) A2ui.parseMessages(
        "{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"/a\",\"value\":null}}").get(0);
    UpdateDataModel deleted = (UpdateDataModel) A2ui.parseMessages(
        "{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"/a\"}}").get(0);

    assertEquals("{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"/a\",\"value\":null}}",
        A2ui.toJson(stored));
    assertEquals(null, deleted.value());
  }

  @Test
  void theMistakesTheProseInvitesEachGetAHintSayingWhatToWrite() {
    String json = """
        {"version": "v0.9", "updateComponents": {"surfaceId": "s", "components": [
          {"id": "root", "component": "Column", "children": [{"id": "t", "component": "Text", "text": "Hi"}]},
          {"id": "pay", "component": "Button", "child": "l", "text": "Pay", "action": {"event": {"name": "pay"}}},
          {"id": "name", "component": "TextField", "label": "Name", "checks": [{"call": "required", "args": {}}]}
        ]}}
        """;

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> A2ui.parseMessages(json));

    assertEquals(List.of(
        "/updateComponents/components/0/children/0",
        "/updateComponents/components/1/text",
        "/updateComponents/components/2/checks/0/call",
        "/updateComponents/components/2/checks/0/args",
        "/updateComponents/components/2/checks/0/condition",
        "/updateComponents/components/2/checks/0/message"), pointers(e), e.getMessage());
    assertEquals("Children are the ids of components sent in the list as components of their own, not components"
        + " written inline.", e.problems().get(0).hint());
    assertEquals("A Button's label is a component of its own: {\"id\": \"pay-label\", \"component\": \"Text\","
        + " \"text\": \"Pay\"}, named by the Button's \"child\": \"pay-label\".", e.problems().get(1).hint());
    assertEquals("A check is {\"condition\": <a boolean, such as {\"call\": \"required\", \"args\": {...}}>,"
        + " \"message\": \"...\"}.", e.problems().get(2).hint());
    assertEquals("", e.problems().get(3).hint());
  }

  private static List<String> pointers(WidgetParseException e) {
    return e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList());
  }
}
