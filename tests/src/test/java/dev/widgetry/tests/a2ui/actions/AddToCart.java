package dev.widgetry.tests.a2ui.actions;

import dev.widgetry.annotations.Widget;
import dev.widgetry.tests.constraints.Min;
import dev.widgetry.tests.constraints.NotBlank;

/** What a shop surface's "add" button sends in its context. */
@Widget
public record AddToCart(@NotBlank String sku, @Min(1) int quantity, boolean giftWrap) {}
