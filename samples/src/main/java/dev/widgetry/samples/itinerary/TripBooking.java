package dev.widgetry.samples.itinerary;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;

/**
 * What the itinerary's Book button sends.
 *
 * @param trip the booking reference of the trip to book
 */
@Widget
public record TripBooking(@JsonProperty(required = true) String trip) {}
