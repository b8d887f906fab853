package dev.widgetry.samples.report;

import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.NotBlank;
import dev.widgetry.samples.constraints.PositiveOrZero;

/**
 * Revenue over one stretch of a report: a day, a week or a month.
 *
 * @param label what the chart's axis shows, e.g. "Mon"
 * @param online revenue from the web shop, in euros
 * @param store revenue from the shops, in euros
 * @param target the revenue hoped for, in euros
 */
@Widget
public record SalesPoint(
    @NotBlank String label, @PositiveOrZero double online, @PositiveOrZero double store, @PositiveOrZero double target) {}
