package dev.widgetry.benchmarks.a2ui;

import dev.widgetry.annotations.Widget;

/** One line of an {@link OrderView}: an article, how many and its unit price. */
@Widget
public record OrderLine(String sku, String name, int quantity, double price) {}
