package dev.widgetry.chatkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.runtime.Widgets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The short factories write the JSON their names promise, and a widget that ChatKit would refuse
 * cannot be built: required props are checked when the record is made, whether by a factory, a
 * builder or the constructor.
 */
class FactoriesTest {

  @Test
  void componentFactories() {
    Json.assertSameJson("{\"type\": \"Text\", \"value\": \"Hello\"}", Widgets.toJson(Text.of("Hello")));
    Json.assertSameJson("{\"type\": \"Title\", \"value\": \"Hi\"}", Widgets.toJson(Title.of("Hi")));
    Json.assertSameJson("{\"type\": \"Caption\", \"value\": \"Hi\"}", Widgets.toJson(Caption.of("Hi")));
    Json.assertSameJson("{\"type\": \"Markdown\", \"value\": \"*Hi*\"}", Widgets.toJson(Markdown.of("*Hi*")));
    Json.assertSameJson("{\"type\": \"Label\", \"value\": \"Email\", \"fieldName\": \"email\"}",
        Widgets.toJson(Label.of("Email", "email")));
    Json.assertSameJson("{\"type\": \"Badge\", \"label\": \"New\", \"color\": \"info\"}",
        Widgets.toJson(Badge.of("New", Badge.Color.INFO)));
    Json.assertSameJson("{\"type\": \"Icon\", \"name\": \"book-open\"}", Widgets.toJson(Icon.of(IconName.BOOK_OPEN)));
    Json.assertSameJson("{\"type\": \"Image\", \"src\": \"https://x.io/a.png\", \"alt\": \"A\"}",
        Widgets.toJson(Image.of("https://x.io/a.png", "A")));
    Json.assertSameJson("{\"type\": \"Button\", \"label\": \"Pay\", \"onClickAction\": {\"type\": \"pay\"}}",
        Widgets.toJson(Button.of("Pay", ActionConfig.of("pay"))));
    Json.assertSameJson("{\"type\": \"Button\", \"label\": \"Send\", \"submit\": true}", Widgets.toJson(Button.submit("Send")));
    Json.assertSameJson("{\"type\": \"Spacer\"}", Widgets.toJson(Spacer.of()));
    Json.assertSameJson("{\"type\": \"Divider\"}", Widgets.toJson(Divider.of()));
    Json.assertSameJson("{\"type\": \"Transition\", \"children\": {\"type\": \"Text\", \"value\": \"a\"}}",
        Widgets.toJson(Transition.of(Text.of("a"))));
    Json.assertSameJson("{\"type\": \"Input\", \"name\": \"q\"}", Widgets.toJson(Input.of("q")));
    Json.assertSameJson("{\"type\": \"Textarea\", \"name\": \"q\"}", Widgets.toJson(Textarea.of("q")));
    Json.assertSameJson("{\"type\": \"DatePicker\", \"name\": \"d\"}", Widgets.toJson(DatePicker.of("d")));
    Json.assertSameJson("{\"type\": \"Checkbox\", \"name\": \"ok\", \"label\": \"OK?\"}", Widgets.toJson(Checkbox.of("ok", "OK?")));
    Json.assertSameJson("{\"type\": \"Select\", \"name\": \"s\", \"options\": [{\"value\": \"a\", \"label\": \"A\"}]}",
        Widgets.toJson(Select.of("s", SelectOption.of("a", "A"))));
    Json.assertSameJson("{\"type\": \"RadioGroup\", \"name\": \"r\", \"options\": [{\"value\": \"a\", \"label\": \"A\"}]}",
        Widgets.toJson(RadioGroup.of("r", RadioOption.of("a", "A"))));
  }

  @Test
  void containerFactories() {
    String text = "{\"type\": \"Text\", \"value\": \"a\"}";
    Json.assertSameJson("{\"type\": \"Card\", \"children\": [" + text + "]}", Widgets.toJson(Card.of(Text.of("a"))));
    Json.assertSameJson("{\"type\": \"Box\", \"children\": [" + text + "]}", Widgets.toJson(Box.of(Text.of("a"))));
    Json.assertSameJson("{\"type\": \"Row\", \"children\": [" + text + "]}", Widgets.toJson(Row.of(Text.of("a"))));
    Json.assertSameJson("{\"type\": \"Col\", \"children\": [" + text + "]}", Widgets.toJson(Col.of(Text.of("a"))));
    Json.assertSameJson("{\"type\": \"Form\", \"onSubmitAction\": {\"type\": \"go\"}, \"children\": [" + text + "]}",
        Widgets.toJson(Form.of(ActionConfig.of("go"), Text.of("a"))));
    Json.assertSameJson("{\"type\": \"ListView\", \"children\": [{\"type\": \"ListViewItem\", \"children\": [" + text + "]}]}",
        Widgets.toJson(ListView.of(ListViewItem.of(Text.of("a")))));
    Json.assertSameJson("{\"type\": \"Basic\", \"children\": [" + text + ", {\"type\": \"Card\", \"children\": []}]}",
        Widgets.toJson(Basic.of(Text.of("a"), Card.of())));
    Json.assertSameJson("{\"type\": \"Table\", \"children\": [{\"type\": \"Table.Row\", \"header\": true, \"children\": "
            + "[{\"type\": \"Table.Cell\", \"children\": [" + text + "]}]}]}",
        Widgets.toJson(Table.of(TableRow.header(TableCell.of("a")))));
  }

  @Test
  void chartFactories() {
    Json.assertSameJson("""
        {"type": "Chart", "data": [], "xAxis": "day",
         "series": [{"type": "bar", "dataKey": "a"}, {"type": "area", "dataKey": "b"}, {"type": "line", "dataKey": "c"}]}
        """,
        Widgets.toJson(Chart.of(List.of(), "day", BarSeries.of("a"), AreaSeries.of("b"), LineSeries.of("c"))));
  }

  @Test
  void valueTypesWriteTheFormTheirFactoryNames() {
    Json.assertSameJson("""
        {"type": "Box", "padding": 4, "margin": "1rem", "gap": 2, "width": "50%",
         "border": 1, "background": "blue-500"}
        """,
        Widgets.toJson(Box.builder()
            .padding(Spacing.of(4))
            .margin(Spacing.css("1rem"))
            .gap(Dimension.of(2))
            .width(Dimension.css("50%"))
            .border(Border.of(1))
            .background(Color.of("blue-500"))
            .build()));
    Json.assertSameJson("""
        {"type": "Box", "padding": {"x": 4, "y": 2}, "border": {"size": 2, "style": "dotted"},
         "background": {"light": "white", "dark": "black"}}
        """,
        Widgets.toJson(Box.builder()
            .padding(Spacing.xy(4, 2))
            .border(Border.line(2, null, BorderStyle.DOTTED))
            .background(Color.theme("white", "black"))
            .build()));
    Json.assertSameJson("{\"type\": \"ListView\", \"limit\": \"auto\", \"children\": []}",
        Widgets.toJson(ListView.builder().limit(Limit.auto()).children().build()));
    Json.assertSameJson("{\"type\": \"ListView\", \"limit\": 5, \"children\": []}",
        Widgets.toJson(ListView.builder().limit(Limit.of(5)).children().build()));
    Json.assertSameJson("{\"type\": \"Text\", \"value\": \"a\", \"editable\": false}",
        Widgets.toJson(Text.builder().value("a").editable(Editable.off()).build()));
    Json.assertSameJson("{\"type\": \"Text\", \"value\": \"a\", \"editable\": {\"name\": \"t\"}}",
        Widgets.toJson(Text.builder().value("a").editable(Editable.field("t")).build()));
    Json.assertSameJson("{\"type\": \"Card\", \"status\": {\"text\": \"Busy\", \"icon\": \"bolt\"}, \"children\": []}",
        Widgets.toJson(Card.builder().status(WidgetStatus.of("Busy", IconName.BOLT)).children().build()));
    Json.assertSameJson("{\"type\": \"Card\", \"status\": {\"text\": \"Reading\", \"favicon\": \"https://x.io/f.ico\"}, \"children\": []}",
        Widgets.toJson(Card.builder().status(WidgetStatus.favicon("Reading", "https://x.io/f.ico", null)).children().build()));
  }

  @Test
  void actionFactories() {
    Json.assertSameJson("{\"type\": \"cart.add\"}", Widgets.toJson(ActionConfig.of("cart.add")));
    Json.assertSameJson("{\"type\": \"cart.add\", \"payload\": {\"sku\": \"tea\", \"qty\": 2}}",
        Widgets.toJson(ActionConfig.of("cart.add", Json.parse("{\"sku\": \"tea\", \"qty\": 2}"))));
    Json.assertSameJson("{\"label\": \"OK\", \"action\": {\"type\": \"ok\"}}", Widgets.toJson(CardAction.of("OK", ActionConfig.of("ok"))));
  }

  @Test
  void requiredPropsAreCheckedWhenTheRecordIsMade() {
    assertEquals("value", assertThrows(NullPointerException.class, () -> Text.builder().size(TextSize.SM).build()).getMessage());
    assertEquals("children", assertThrows(NullPointerException.class, () -> Card.builder().build()).getMessage());
    assertEquals("children", assertThrows(NullPointerException.class, () -> Transition.builder().build()).getMessage());
    assertEquals("options", assertThrows(NullPointerException.class, () -> Select.builder().name("s").build()).getMessage());
    assertEquals("type", assertThrows(NullPointerException.class, () -> ActionConfig.builder().build()).getMessage());
    assertEquals("dataKey", assertThrows(NullPointerException.class, () -> BarSeries.builder().build()).getMessage());
    assertThrows(NullPointerException.class, () -> Color.of(null));
  }

  @Test
  void rulesTheTypesCannotStateAreCheckedWhenTheRecordIsMade() {
    assertThrows(IllegalArgumentException.class, () -> new Editable.Off(true));
  }
}
