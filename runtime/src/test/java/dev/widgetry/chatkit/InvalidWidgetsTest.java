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
 * the JSON Pointer of the offending value.
 */
class InvalidWidgetsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an unknown prop               | {"type": "Card", "children": [{"type": "Text", "value": "Hi", "colour": "red"}]}                | /children/0/colour
      a Text without value          | {"type": "Card", "children": [{"type": "Text", "size": "sm"}]}                                   | /children/0/value
      a misspelled enum             | {"type": "Card", "size": "small", "children": []}                                                  | /size
      a misspelled icon             | {"type": "Card", "children": [{"type": "Icon", "name": "chek"}]}                                 | /children/0/name
      100 for the radius 100%       | {"type": "Card", "children": [{"type": "Box", "radius": "100"}]}                                 | /children/0/radius
      a ListViewItem outside a list | {"type": "Card", "children": [{"type": "ListViewItem", "children": []}]}                         | /children/0/type
      a Text directly in a list     | {"type": "ListView", "children": [{"type": "Text", "value": "Hi"}]}                              | /children/0/type
      a root inside a card          | {"type": "Card", "children": [{"type": "Card", "children": []}]}                                 | /children/0/type
      TableRow for Table.Row        | {"type": "Card", "children": [{"type": "Table", "children": [{"type": "TableRow"}]}]}           | /children/0/children/0/type
      an unknown root               | {"type": "Modal", "children": []}                                                                  | /type
      a Card without children       | {"type": "Card", "size": "sm"}                                                                     | /children
      editable true                 | {"type": "Card", "children": [{"type": "Text", "value": "Hi", "editable": true}]}                | /children/0/editable
      an editable without name      | {"type": "Card", "children": [{"type": "Text", "value": "Hi", "editable": {"required": true}}]}  | /children/0/editable/name
      a list as Transition child    | {"type": "Card", "children": [{"type": "Transition", "children": [{"type": "Divider"}]}]}        | /children/0/children
      a limit that is not auto      | {"type": "ListView", "limit": "all", "children": []}                                               | /limit
      a Select without options      | {"type": "Card", "children": [{"type": "Select", "name": "cabin"}]}                              | /children/0/options
      a theme color without dark    | {"type": "Card", "background": {"light": "white"}, "children": []}                               | /background/dark
      a status with icon and favicon| {"type": "Card", "status": {"text": "Hi", "icon": "info", "favicon": "https://x.io/f.ico"}, "children": []} | /status
      a boolean in chart data       | {"type": "Card", "children": [{"type": "Chart", "data": [{"x": true}], "series": [], "xAxis": "x"}]} | /children/0/data/0/x
      an unknown series type        | {"type": "Card", "children": [{"type": "Chart", "data": [], "series": [{"type": "pie", "dataKey": "x"}], "xAxis": "x"}]} | /children/0/series/0/type
      an action without type        | {"type": "Card", "children": [{"type": "Button", "onClickAction": {"payload": {}}}]}             | /children/0/onClickAction/type
      a string for a boolean        | {"type": "Card", "asForm": "yes", "children": []}                                                 | /asForm
      """)
  void isRejectedWithAPointer(String problem, String json, String pointer) {
    assertFalse(OfficialSchema.problems(Json.parse(json)).isEmpty(), "ChatKit's schema accepts " + json);
    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson(json, WidgetRoot.class));
    assertEquals(pointer, e.pointer(), e.getMessage());
    assertTrue(e.getMessage().contains(pointer), e.getMessage());
  }
}
