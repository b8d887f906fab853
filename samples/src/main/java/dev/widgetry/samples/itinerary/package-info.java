/**
 * A widget designed in the Widget Builder: {@code trip_itinerary.widget} (under
 * {@code src/main/resources/widgets}) is compiled by Widgetry's processor into the data record
 * {@link dev.widgetry.samples.itinerary.TripItinerary}, whose tool definition a model is offered,
 * and {@link dev.widgetry.samples.itinerary.TripItineraryTemplate}, which renders it with no
 * template engine at run time. Its Book button's payload is checked at compile time against
 * {@link dev.widgetry.samples.itinerary.ItineraryHandlers}.
 */
@WidgetTemplates("widgets/trip_itinerary.widget")
package dev.widgetry.samples.itinerary;

import dev.widgetry.annotations.WidgetTemplates;
