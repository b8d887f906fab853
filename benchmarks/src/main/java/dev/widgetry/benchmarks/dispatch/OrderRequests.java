package dev.widgetry.benchmarks.dispatch;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The request every dispatcher of the benchmark handles, and the order it carries. */
public final class OrderRequests {
  private OrderRequests() {}

  public static UpdateOrder order() {
    return new UpdateOrder("ord_1042", 7731902L, 3, 24.95, true, UpdateOrder.Priority.EXPRESS,
        "Leave it with the neighbour if nobody is home", List.of("gift", "fragile"), "SPRING10", "2025-06-12");
  }

  public static byte[] body() {
    return ("{\"action\":{\"type\":\"order.update\",\"payload\":{"
        + "\"orderId\":\"ord_1042\",\"customerId\":7731902,\"quantity\":3,\"unitPrice\":24.95,\"giftWrap\":true,"
        + "\"priority\":\"express\",\"note\":\"Leave it with the neighbour if nobody is home\","
        + "\"tags\":[\"gift\",\"fragile\"],\"couponCode\":\"SPRING10\",\"deliveryDate\":\"2025-06-12\"}},"
        + "\"itemId\":\"item_58\"}").getBytes(StandardCharsets.UTF_8);
  }
}
