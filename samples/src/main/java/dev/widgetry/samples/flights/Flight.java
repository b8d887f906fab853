package dev.widgetry.samples.flights;

import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.Min;
import dev.widgetry.samples.constraints.NotBlank;
import dev.widgetry.samples.constraints.PositiveOrZero;

/**
 * One flight on the route.
 *
 * @param id the flight's id in the offer, e.g. "tp1351"
 * @param carrier the airline's name
 * @param number the flight number, e.g. "TP 1351"
 * @param departs the local departure time, "HH:mm"
 * @param arrives the local arrival time, "HH:mm"
 * @param minutes how long the journey takes, in minutes
 * @param stops how many stops it makes on the way
 * @param economy the economy fare, in euros
 * @param business the business fare, in euros
 */
@Widget
public record Flight(
    @NotBlank String id,
    @NotBlank String carrier,
    @NotBlank String number,
    @NotBlank String departs,
    @NotBlank String arrives,
    @Min(1) int minutes,
    @Min(0) int stops,
    @PositiveOrZero double economy,
    @PositiveOrZero double business) {

  /** The fare in this cabin. */
  public double fare(Cabin cabin) {
    return cabin == Cabin.BUSINESS ? business : economy;
  }
}
