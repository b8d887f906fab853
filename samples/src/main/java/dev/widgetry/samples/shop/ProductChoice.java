package dev.widgetry.samples.shop;

import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.NotBlank;

/**
 * Which product a stepper changes: the payload of a card's button, the context of a surface's.
 *
 * @param sku the product's stock-keeping unit, e.g. "tea"
 */
@Widget
public record ProductChoice(@NotBlank String sku) {}
