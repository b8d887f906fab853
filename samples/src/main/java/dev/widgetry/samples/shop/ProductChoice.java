package dev.widgetry.samples.shop;

import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.NotBlank;

/**
 * Which product a stepper of the order surface changes: its action's context.
 *
 * @param sku the product's stock-keeping unit, e.g. "tea"
 */
@Widget
public record ProductChoice(@NotBlank String sku) {}
