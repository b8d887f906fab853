package dev.widgetry.tests.a2ui;

import dev.widgetry.annotations.Widget;
import java.math.BigDecimal;

/** One line of an order. */
@Widget
public record OrderItem(String sku, String title, int quantity, BigDecimal price) {}
