package dev.widgetry.chatkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.runtime.Widgets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Realistic widgets built in Java ({@link CompositeWidgets}) against the JSON a person wrote for
 * them by hand from ChatKit's docs ({@code chatkit/composites/*.json}).
 */
class CompositeWidgetsTest {

  static Stream<Arguments> widgets() {
    return Stream.of(
        arguments("order-summary", CompositeWidgets.orderSummary()),
        arguments("flight-picker", CompositeWidgets.flightPicker()),
        arguments("booking-form", CompositeWidgets.bookingForm()),
        arguments("sales-chart", CompositeWidgets.salesChart()),
        arguments("invoice-table", CompositeWidgets.invoiceTable()),
        arguments("profile-card", CompositeWidgets.profileCard()),
        arguments("task-list", CompositeWidgets.taskList()),
        arguments("dashboard", CompositeWidgets.dashboard()),
        arguments("streaming-answer", CompositeWidgets.streamingAnswer()),
        arguments("calendar-event", CompositeWidgets.calendarEvent()),
        arguments("email-draft", CompositeWidgets.emailDraft()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("widgets")
  void writesTheExpectedJson(String name, WidgetRoot widget) {
    Json.assertSameJson(expected(name), Json.parse(Widgets.toJson(widget)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("widgets")
  void isValidAgainstTheOfficialSchema(String name, WidgetRoot widget) {
    assertEquals(List.of(), OfficialSchema.problems(Json.parse(Widgets.toJson(widget))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("widgets")
  void theHandWrittenJsonReadsIntoTheSameWidget(String name, WidgetRoot widget) {
    assertEquals(widget, Widgets.fromJson(expected(name).toString(), WidgetRoot.class));
  }

  private static JsonNode expected(String name) {
    return Json.resource("/chatkit/composites/" + name + ".json");
  }
}
