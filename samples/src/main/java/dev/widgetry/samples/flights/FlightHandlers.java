package dev.widgetry.samples.flights;

import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.ListView;
import dev.widgetry.runtime.ActionResult;
import dev.widgetry.runtime.Reply;
import dev.widgetry.samples.SurfaceUpdates;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The flight picker's state (the cabin, the flight picked) and the actions of its list and select
 * (ChatKit) and of its surface's buttons (A2UI): each answers with a {@link Reply}, the list's result
 * for ChatKit and the surface drawn again for A2UI, built from the offer as the action left it.
 */
public final class FlightHandlers {
  private static final List<Flight> FLIGHTS = List.of(
      new Flight("tp1351", "TAP Air Portugal", "TP 1351", "07:10", "11:05", 175, 0, 142, 489),
      new Flight("kl1692", "KLM", "KL 1692", "10:25", "14:20", 175, 0, 168, 512),
      new Flight("hv6352", "Transavia", "HV 6352", "13:40", "17:35", 175, 0, 96, 0),
      new Flight("lh1169", "Lufthansa", "LH 1169", "15:05", "21:30", 325, 1, 131, 455));
  private static final LocalDate DATE = LocalDate.of(2025, 6, 12);

  private Cabin cabin = Cabin.ECONOMY;
  private String selected;

  /** Picks a flight. */
  @OnAction("flights.select")
  synchronized Reply select(FlightChoice choice) {
    String flightId = choice.flightId();
    Flight flight = FLIGHTS.stream().filter(f -> f.id().equals(flightId)).findFirst().orElse(null);
    if (flight == null) {
      return reply(() -> ActionResult.none().withMessage("There is no flight \"" + flightId + "\" on this route."));
    }
    if (flight.fare(cabin) == 0) {
      String message = flight.number() + " has no " + cabinName() + " seats.";
      return reply(() -> ActionResult.none().withMessage(message));
    }
    selected = flightId;
    FlightOptions options = options();
    return reply(() -> ActionResult.update(FlightList.render(options)));
  }

  /** Shows the fares of another cabin. */
  @OnAction("flights.cabin")
  synchronized Reply cabin(CabinChoice choice) {
    cabin = choice.cabin();
    if (selected != null && FLIGHTS.stream().anyMatch(f -> f.id().equals(selected) && f.fare(cabin) == 0)) {
      selected = null;
    }
    FlightOptions options = options();
    return Reply.of(ListView.class, () -> FlightList.render(options)).or(A2uiAnswer.class, () -> surface(options));
  }

  /** The offer as it stands. */
  public synchronized FlightOptions options() {
    return new FlightOptions("LIS", "AMS", DATE, cabin, FLIGHTS, selected);
  }

  /** The widget the gallery shows now. */
  public synchronized ListView widget() {
    return FlightList.render(options());
  }

  /** {@code chatKit} for the list; the surface of the offer as it is now for A2UI. */
  private Reply reply(Supplier<ActionResult> chatKit) {
    FlightOptions options = options();
    return Reply.of(ActionResult.class, chatKit).or(A2uiAnswer.class, () -> surface(options));
  }

  private static A2uiAnswer surface(FlightOptions options) {
    return new A2uiAnswer(SurfaceUpdates.of(FlightSurface.of(options)));
  }

  private String cabinName() {
    return cabin == Cabin.BUSINESS ? "business" : "economy";
  }
}
