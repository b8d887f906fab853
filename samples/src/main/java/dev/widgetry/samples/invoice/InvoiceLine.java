package dev.widgetry.samples.invoice;

import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.Min;
import dev.widgetry.samples.constraints.NotBlank;
import dev.widgetry.samples.constraints.PositiveOrZero;

/**
 * One line of an invoice.
 *
 * @param description what was delivered
 * @param quantity how many units, e.g. hours
 * @param unitPrice the price of one unit, in euros
 */
@Widget
public record InvoiceLine(@NotBlank String description, @Min(1) int quantity, @PositiveOrZero double unitPrice) {

  /** What this line costs. */
  public double amount() {
    return quantity * unitPrice;
  }
}
