package dev.widgetry.samples.flights;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.NotBlank;
import dev.widgetry.samples.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * Flights a travel assistant offers for one trip, for the traveller to pick one.
 *
 * @param origin the airport of departure, e.g. "LIS"
 * @param destination the airport of arrival, e.g. "AMS"
 * @param date the day of travel
 * @param cabin the cabin the fares are shown for
 * @param flights the flights on offer, earliest first
 * @param selected the id of the flight the traveller picked, if any
 */
@Widget
public record FlightOptions(
    @NotBlank String origin,
    @NotBlank String destination,
    @NotNull LocalDate date,
    @NotNull Cabin cabin,
    @JsonProperty(required = true) List<Flight> flights,
    String selected) {}
