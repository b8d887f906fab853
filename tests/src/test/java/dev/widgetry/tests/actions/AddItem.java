package dev.widgetry.tests.actions;

import dev.widgetry.annotations.Widget;
import dev.widgetry.tests.constraints.Min;
import dev.widgetry.tests.constraints.NotBlank;

/** What the "add to cart" button sends. */
@Widget
public record AddItem(@NotBlank String sku, @Min(1) int quantity) {}
