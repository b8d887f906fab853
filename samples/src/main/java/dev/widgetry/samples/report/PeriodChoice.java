package dev.widgetry.samples.report;

import dev.widgetry.annotations.FormField;
import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.NotNull;

/**
 * What the period select sends when it changes.
 *
 * @param period the period picked
 */
@Widget
public record PeriodChoice(@FormField @NotNull Period period) {}
