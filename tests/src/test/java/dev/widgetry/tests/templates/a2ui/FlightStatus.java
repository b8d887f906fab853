package dev.widgetry.tests.templates.a2ui;

import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetTemplate;

/** The data of the official "Flight Status" example; its dates are the ISO text the example's formatDate reads. */
@Widget
@WidgetTemplate("a2ui-examples/01_flight-status.json")
public record FlightStatus(
    String flightNumber,
    String date,
    String origin,
    String destination,
    String departureTime,
    String status,
    String arrivalTime) {}
