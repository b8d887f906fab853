package dev.widgetry.benchmarks.a2ui;

import dev.widgetry.annotations.Widget;

/** Who ordered, in {@link OrderView}. */
@Widget
public record OrderCustomer(String name, String email, String city) {}
