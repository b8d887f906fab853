package dev.widgetry.samples.shop;

import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.Max;
import dev.widgetry.samples.constraints.Min;
import dev.widgetry.samples.constraints.NotBlank;
import dev.widgetry.samples.constraints.PositiveOrZero;

/**
 * One product in an order.
 *
 * @param sku the product's stock-keeping unit, e.g. "tea"
 * @param name the product's name as customers see it
 * @param unitPrice the price of one, in euros
 * @param quantity how many are ordered
 * @param image the path of the product's picture, e.g. "/img/tea.svg"
 */
@Widget
public record OrderLine(
    @NotBlank String sku,
    @NotBlank String name,
    @PositiveOrZero double unitPrice,
    @Min(1) @Max(OrderLine.MAX_QUANTITY) int quantity,
    String image) {

  /** The most of one product an order takes. */
  public static final int MAX_QUANTITY = 9;

  /** What this line costs. */
  public double total() {
    return unitPrice * quantity;
  }

  /** This line with another quantity. */
  public OrderLine withQuantity(int quantity) {
    return new OrderLine(sku, name, unitPrice, quantity, image);
  }
}
