package dev.widgetry.benchmarks.a2ui;

import dev.widgetry.annotations.Widget;
import java.util.List;

/**
 * The data model of the order surface the A2UI benchmarks build: the processor writes its codec and
 * {@code OrderViewPaths}, the typed paths the surface binds to.
 *
 * @param id the order number
 * @param status where the order is
 * @param customer who ordered
 * @param lines what was ordered
 * @param total the sum of the lines
 * @param paid whether it is paid
 * @param note the customer's note, edited on the surface
 */
@Widget
public record OrderView(
    String id, String status, OrderCustomer customer, List<OrderLine> lines, double total, boolean paid, String note) {}
