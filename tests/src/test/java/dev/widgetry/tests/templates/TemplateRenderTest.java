package dev.widgetry.tests.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.chatkit.ListView;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.runtime.Widgets;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compiled templates rendering data built in Java, checked against the widget each template spells out. */
class TemplateRenderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aHandWrittenListView() throws IOException {
    TaskList data = new TaskList(null, 2L, List.of(
        new TaskList.Task("t1", "Write the README", true, null),
        new TaskList.Task("t2", "Ship it", null, "Friday")));

    WidgetRoot widget = TaskListTemplate.render(data);

    assertEquals(ListView.class, widget.getClass());
    assertEquals(JSON.readTree("""
        {"type": "ListView", "limit": 2, "status": {"text": "Tasks", "icon": "check-circle"}, "children": [
          {"type": "ListViewItem", "key": "t1", "gap": 3,
           "onClickAction": {"type": "task.toggle", "payload": {"id": "t1", "done": false}},
           "children": [
             {"type": "Icon", "name": "check-circle-filled", "color": "success"},
             {"type": "Text", "value": "Write the README", "lineThrough": true}]},
          {"type": "ListViewItem", "key": "t2", "gap": 3,
           "onClickAction": {"type": "task.toggle", "payload": {"id": "t2", "done": true}},
           "children": [
             {"type": "Icon", "name": "empty-circle", "color": "secondary"},
             {"type": "Text", "value": "Ship it", "lineThrough": false, "size": "sm"},
             {"type": "Caption", "value": "due Friday"}]}]}
        """), tree(widget));
  }

  @Test
  void theBuilderExportWithItsOptionalChildrenLeftOut() throws IOException {
    FlightOptions data = new FlightOptions("Flights", null, FlightOptions.Currency.EUR, List.of(
        new FlightOptions.Flight("TP1", "TAP", "08:10", "10:05", 129.5, 0, FlightOptions.Cabin.ECONOMY, null, true,
            null)), "TP1", true);

    assertEquals(JSON.readTree("""
        {"type": "Card", "size": "sm", "children": [
          {"type": "Title", "value": "Flights", "size": "sm"},
          {"type": "Row", "key": "TP1", "gap": 2, "children": [
            {"type": "Col", "children": [
              {"type": "Text", "value": "1. TAP", "weight": "bold"},
              {"type": "Caption", "value": "08:10 \\u2192 10:05 \\u00b7 nonstop"}]},
            {"type": "Spacer"},
            {"type": "Badge", "label": "EUR 129", "color": "success"},
            {"type": "Button", "label": "Select"}]}]}
        """), tree(FlightOptionsTemplate.render(data)));
  }

  @Test
  void aNamespaceOfDictsWithAnIntThatBecomesAFloat() throws IOException {
    StatsBoard none = new StatsBoard("Usage", List.of());
    StatsBoard two = new StatsBoard("Usage", List.of(new StatsBoard.Metric("CPU", 12.5, "%"),
        new StatsBoard.Metric("Disk", 3.0, null)));

    assertEquals("Total: 0", tree(StatsBoardTemplate.render(none)).at("/children/2/value").asText());
    assertEquals("No metrics yet", tree(StatsBoardTemplate.render(none)).at("/children/1/value").asText());
    JsonNode widget = tree(StatsBoardTemplate.render(two));
    assertEquals("12.5%", widget.at("/children/1/children/2/value").asText());
    assertEquals("3.0", widget.at("/children/2/children/2/value").asText());
    assertEquals("Total: 15.5", widget.at("/children/3/value").asText());
    assertEquals(2, widget.at("/confirm/action/payload/count").asInt());
  }

  @Test
  void integersSideBySideAreJoinedAsTextNotAdded() throws IOException {
    ProfileBasic data = new ProfileBasic("Ada", null, 36, 2.5, "12", true, null, ProfileBasic.Level.GOLD, 1, 3,
        List.of(), 0, null, null, null);

    JsonNode widget = tree(ProfileBasicTemplate.render(data));

    assertEquals("1336 of 3", widget.at("/children/1/value").asText());
    assertEquals("13/393", widget.at("/children/2/value").asText());
  }

  @Test
  void anIntBeyondSixtyFourBitsFailsRatherThanWrapping() {
    ProfileBasic data = new ProfileBasic("Ada", null, 36, 1e300, "12", true, null, ProfileBasic.Level.GOLD, 1, 3,
        List.of(), 0, null, null, null);

    ArithmeticException failure = assertThrows(ArithmeticException.class, () -> ProfileBasicTemplate.render(data));
    assertEquals("1e+300 | int is beyond the 64-bit integers templates compute with", failure.getMessage());
  }

  private static JsonNode tree(WidgetRoot widget) throws IOException {
    return JSON.readTree(Widgets.toJson(widget));
  }
}
