package dev.widgetry.samples.flights;

import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.annotations.OnAction;
import dev.widgetry.samples.SurfaceUpdates;
import java.util.List;

/**
 * The flight surface's actions, for A2UI renderers: the ChatKit list's actions with the prefix
 * {@code a2ui.} and the same payloads (a record, as an A2UI context is an object), handed to the same {@link FlightHandlers} and answered with
 * the surface drawn again.
 */
public final class FlightSurfaceHandlers {
  private final FlightHandlers flights;

  public FlightSurfaceHandlers(FlightHandlers flights) {
    this.flights = flights;
  }

  @OnAction("a2ui.flights.select")
  List<ServerMessage> select(FlightChoice flight) {
    flights.select(flight.flightId());
    return surface();
  }

  @OnAction("a2ui.flights.cabin")
  List<ServerMessage> cabin(CabinChoice choice) {
    flights.cabin(choice);
    return surface();
  }

  private List<ServerMessage> surface() {
    return SurfaceUpdates.of(FlightSurface.of(flights.options()));
  }
}
