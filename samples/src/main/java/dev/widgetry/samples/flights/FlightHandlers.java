package dev.widgetry.samples.flights;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.ListView;
import dev.widgetry.runtime.ActionResult;
import dev.widgetry.samples.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;

/** The flight picker's state (the cabin, the flight picked) and the actions of its list and select. */
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
  synchronized ActionResult select(@NotBlank String flightId) {
    Flight flight = FLIGHTS.stream().filter(f -> f.id().equals(flightId)).findFirst().orElse(null);
    if (flight == null) {
      return ActionResult.none().withMessage("There is no flight \"" + flightId + "\" on this route.");
    }
    if (flight.fare(cabin) == 0) {
      return ActionResult.none().withMessage(flight.number() + " has no " + cabinName() + " seats.");
    }
    selected = flightId;
    return ActionResult.update(widget());
  }

  /** Shows the fares of another cabin. */
  @OnAction("flights.cabin")
  synchronized ListView cabin(CabinChoice choice) {
    cabin = choice.cabin();
    if (selected != null && FLIGHTS.stream().anyMatch(f -> f.id().equals(selected) && f.fare(cabin) == 0)) {
      selected = null;
    }
    return widget();
  }

  /** The offer as it stands. */
  public synchronized FlightOptions options() {
    return new FlightOptions("LIS", "AMS", DATE, cabin, FLIGHTS, selected);
  }

  /** The widget the gallery shows now. */
  public synchronized ListView widget() {
    return FlightList.render(options());
  }

  private String cabinName() {
    return cabin == Cabin.BUSINESS ? "business" : "economy";
  }
}
