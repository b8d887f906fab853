package dev.widgetry.benchmarks.dispatch;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.List;

/** What an "update order" form sends: the ten-field payload of the dispatch benchmark. */
@Widget
public record UpdateOrder(
    String orderId,
    long customerId,
    int quantity,
    double unitPrice,
    boolean giftWrap,
    Priority priority,
    String note,
    List<String> tags,
    String couponCode,
    String deliveryDate) {

  /** How fast the order ships. */
  public enum Priority {
    @JsonProperty("standard")
    STANDARD,
    @JsonProperty("express")
    EXPRESS,
    @JsonProperty("overnight")
    OVERNIGHT
  }
}
