package dev.widgetry.tests.a2ui.actions;

import dev.widgetry.annotations.Widget;

/** A price the shop's agent works out for a renderer: the value of its {@code shop.quote} function. */
@Widget
public record Quote(String sku, int quantity, double total) {}
