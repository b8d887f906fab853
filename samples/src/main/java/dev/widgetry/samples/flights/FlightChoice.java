package dev.widgetry.samples.flights;

import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.NotBlank;

/**
 * Which flight a row picks: the payload of a list row's action, the context of a surface's button.
 *
 * @param flightId the flight's id in the offer, e.g. "kl1692"
 */
@Widget
public record FlightChoice(@NotBlank String flightId) {}
