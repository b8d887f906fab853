package dev.widgetry.samples.itinerary;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.runtime.ActionResult;
import dev.widgetry.runtime.Widgets;

/**
 * The itinerary a model proposed through a tool call, and the action that books it. The widget is
 * the Builder's template, compiled: {@code TripItineraryTemplate.render}.
 */
public final class ItineraryHandlers {
  /** What a model answers when offered the {@code TripItinerary} tool. */
  public static final String MODEL_ARGUMENTS = "{\"code\":\"TRIP-4F2K\",\"title\":\"Lisbon to Amsterdam and back\","
      + "\"legs\":[{\"origin\":\"Lisbon\",\"destination\":\"Amsterdam\",\"flight\":\"TP 1351\",\"departs\":\"07:10\","
      + "\"arrives\":\"11:05\",\"price\":142},{\"origin\":\"Amsterdam\",\"destination\":\"Lisbon\",\"flight\":\"KL 1693\","
      + "\"departs\":\"18:40\",\"arrives\":\"20:45\",\"price\":176,\"note\":\"Seats 14A and 14B\"}],"
      + "\"total\":318,\"booked\":false}";

  private TripItinerary itinerary = Widgets.fromJson(MODEL_ARGUMENTS, TripItinerary.class);

  /** Books the trip: the same template renders it booked, without the Book button. */
  @OnAction("trip.book")
  synchronized ActionResult book(TripBooking booking) {
    if (!booking.trip().equals(itinerary.code())) {
      return ActionResult.none().withMessage("There is no trip " + booking.trip() + " to book.");
    }
    itinerary = TripItineraryBuilder.from(itinerary).booked(true).build();
    return ActionResult.update(widget());
  }

  /** The widget the gallery shows now. */
  public synchronized WidgetRoot widget() {
    return TripItineraryTemplate.render(itinerary);
  }

  /** How the widget came to be, in Markdown, for the gallery. */
  public static String notes() {
    return "Designed in OpenAI's Widget Builder and exported as `trip_itinerary.widget`, which sits in"
        + " `src/main/resources/widgets`. One annotation, `@WidgetTemplates(\"widgets/trip_itinerary.widget\")`, has"
        + " the processor check the template against its schema and the ChatKit catalog on every branch and loop,"
        + " and generate the record `TripItinerary` (its tool definition is on the **Tool** tab) and"
        + " `TripItineraryTemplate`. A model's tool call\n\n```json\n" + MODEL_ARGUMENTS + "\n```\n\nis parsed with"
        + " `Widgets.fromJson` and drawn with `TripItineraryTemplate.render`: plain Java, no template engine at run"
        + " time. The Book button's payload was checked at compile time against `ItineraryHandlers.book`.";
  }
}
