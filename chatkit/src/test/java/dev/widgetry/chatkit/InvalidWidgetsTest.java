package dev.widgetry.chatkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JSON that breaks ChatKit's schema: the official schema rejects it, and so does our parser, with
 * the JSON Pointer of the offending value. Our generated schema rejects it too, except for the one
 * rule only a record's constructor states: editable is never true.
 */
class InvalidWidgetsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an unknown prop                | {"type": "Card", "children": [{"type": "Text", "value": "Hi", "colour": "red"}]} | /children/0/colour | true
      a Text without value           | {"type": "Card", "children": [{"type": "Text", "size": "sm"}]} | /children/0/value | true
      a misspelled enum              | {"type": "Card", "size": "small", "children": []} | /size | true
      a misspelled icon              | {"type": "Card", "children": [{"type": "Icon", "name": "chek"}]} | /children/0/name | true
      100 for the radius 100%        | {"type": "Card", "children": [{"type": "Box", "radius": "100"}]} | /children/0/radius | true
      a ListViewItem outside a list  | {"type": "Card", "children": [{"type": "ListViewItem", "children": []}]} | /children/0/type | true
      a Text directly in a list      | {"type": "ListView", "children": [{"type": "Text", "value": "Hi"}]} | /children/0/type | true
      a root inside a card           | {"type": "Card", "children": [{"type": "Card", "children": []}]} | /children/0/type | true
      TableRow for Table.Row         | {"type": "Card", "children": [{"type": "Table", "children": [{"type": "TableRow"}]}]} | /children/0/children/0/type | true
      an unknown root                | {"type": "Modal", "children": []} | /type | true
      a Card without children        | {"type": "Card", "size": "sm"} | /children | true
      editable true                  | {"type": "Card", "children": [{"type": "Text", "value": "Hi", "editable": true}]} | /children/0/editable | false
      an editable without name       | {"type": "Card", "children": [{"type": "Text", "value": "Hi", "editable": {"required": true}}]} | /children/0/editable/name | true
      a list as Transition child     | {"type": "Card", "children": [{"type": "Transition", "children": [{"type": "Divider"}]}]} | /children/0/children | true
      a limit that is not auto       | {"type": "ListView", "limit": "all", "children": []} | /limit | true
      a Select without options       | {"type": "Card", "children": [{"type": "Select", "name": "cabin"}]} | /children/0/options | true
      a theme color without dark     | {"type": "Card", "background": {"light": "white"}, "children": []} | /background/dark | true
      a status with icon and favicon | {"type": "Card", "status": {"text": "Hi", "icon": "info", "favicon": "https://x.io/f.ico"}, "children": []} | /status/favicon | true
      a boolean in chart data        | {"type": "Card", "children": [{"type": "Chart", "data": [{"x": true}], "series": [], "xAxis": "x"}]} | /children/0/data/0/x | true
      an unknown series type         | {"type": "Card", "children": [{"type": "Chart", "data": [], "series": [{"type": "pie", "dataKey": "x"}], "xAxis": "x"}]} | /children/0/series/0/type | true
      an action without type         | {"type": "Card", "children": [{"type": "Button", "onClickAction": {"payload": {}}}]} | /children/0/onClickAction/type | true
      a string for a boolean         | {"type": "Card", "asForm": "yes", "children": []} | /asForm | true
      """)
  void isRejectedWithAPointer(String problem, String json, String pointer, boolean ourSchemaRejectsIt) {
    assertFalse(OfficialSchema.problems(Json.parse(json)).isEmpty(), "ChatKit's schema accepts " + json);
    assertEquals(ourSchemaRejectsIt, !CatalogSchema.problems(WidgetRoot.class, Json.parse(json)).isEmpty());
    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson(json, WidgetRoot.class));
    assertEquals(pointer, e.pointer(), e.getMessage());
    assertTrue(e.getMessage().contains(pointer), e.getMessage());
  }
}
