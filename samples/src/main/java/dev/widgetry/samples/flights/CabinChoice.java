package dev.widgetry.samples.flights;

import dev.widgetry.annotations.FormField;
import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.NotNull;

/**
 * What the cabin select sends when it changes: its own value, under its name.
 *
 * @param cabin the cabin picked
 */
@Widget
public record CabinChoice(@FormField @NotNull Cabin cabin) {}
