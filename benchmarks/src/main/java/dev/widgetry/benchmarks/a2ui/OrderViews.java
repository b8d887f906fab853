package dev.widgetry.benchmarks.a2ui;

import java.util.ArrayList;
import java.util.List;

/** The data of the A2UI benchmarks: an order of n lines, the same every time. */
public final class OrderViews {
  private static final String[] ARTICLES = {"Green tea", "Oat biscuits", "Honey, 250 g", "Teapot", "Mug", "Infuser"};

  private OrderViews() {}

  /** An order of {@code lines} lines, paid, with a note. */
  public static OrderView of(int lines) {
    List<OrderLine> items = new ArrayList<>(lines);
    double total = 0;
    for (int i = 0; i < lines; i++) {
      OrderLine line = new OrderLine("sku-" + (1000 + i), ARTICLES[i % ARTICLES.length], 1 + i % 4, 1.25 + i);
      items.add(line);
      total += line.quantity() * line.price();
    }
    return new OrderView("1042", "shipped", new OrderCustomer("Ada Lovelace", "ada@example.com", "London"), items, total,
        true, "Leave it at the door, please.");
  }
}
