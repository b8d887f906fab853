package dev.widgetry.tests.http;

import dev.widgetry.annotations.Widget;
import dev.widgetry.tests.constraints.Min;
import dev.widgetry.tests.constraints.NotBlank;

/** One line of the ledger: an id no other entry has, and an amount. */
@Widget
public record Entry(@NotBlank String id, @Min(1) int amount) {}
