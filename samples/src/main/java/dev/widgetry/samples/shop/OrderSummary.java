package dev.widgetry.samples.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.NotBlank;
import dev.widgetry.samples.constraints.PositiveOrZero;
import dev.widgetry.samples.constraints.Size;
import java.util.List;

/**
 * An order as a shop's assistant summarizes it before the customer pays.
 *
 * @param orderId the order's number, e.g. "1042"
 * @param lines the products in the order, in the order they were added
 * @param shipping the cost of shipping, in euros; 0 when it is free
 * @param placed whether the customer has placed the order
 */
@Widget
public record OrderSummary(
    @NotBlank String orderId,
    @JsonProperty(required = true) @Size(min = 1) List<OrderLine> lines,
    @PositiveOrZero double shipping,
    boolean placed) {

  /** What the products cost, before shipping. */
  public double subtotal() {
    return lines.stream().mapToDouble(OrderLine::total).sum();
  }

  /** What the customer pays. */
  public double total() {
    return subtotal() + shipping;
  }

  /** How many products the order holds. */
  public int itemCount() {
    return lines.stream().mapToInt(OrderLine::quantity).sum();
  }
}
