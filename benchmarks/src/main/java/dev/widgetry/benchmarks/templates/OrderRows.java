package dev.widgetry.benchmarks.templates;

import java.util.ArrayList;
import java.util.List;

/** The data of the template benchmark: 40 orders, the same in every run and in Python's. */
public final class OrderRows {
  private static final String[] CUSTOMERS = {"Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra",
      "Barbara Liskov", "Donald Knuth", "Margaret Hamilton", "Ken Thompson"};

  private OrderRows() {}

  public static OrderList of(int rows) {
    List<OrderList.Order> orders = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      orders.add(new OrderList.Order("ord-" + (1000 + i), CUSTOMERS[i % CUSTOMERS.length], 1 + i % 7,
          "2025-11-" + (10 + i % 20), i % 3 == 0 ? OrderList.Status.PENDING : OrderList.Status.SHIPPED,
          "$" + (19 + i * 7) + "." + (i * 13 % 100 < 10 ? "0" : "") + (i * 13 % 100)));
    }
    return new OrderList(orders);
  }
}
