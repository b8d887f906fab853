package dev.widgetry.samples.invoice;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.Max;
import dev.widgetry.samples.constraints.Min;
import dev.widgetry.samples.constraints.NotBlank;
import dev.widgetry.samples.constraints.NotNull;
import dev.widgetry.samples.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as a billing assistant shows it.
 *
 * @param number the invoice's number, e.g. "INV-2041"
 * @param customer who pays it
 * @param issued the day it was sent
 * @param due the day it must be paid by
 * @param lines what is billed
 * @param taxPercent the sales tax, in percent of the subtotal
 * @param status whether it is paid
 */
@Widget
public record Invoice(
    @NotBlank String number,
    @NotBlank String customer,
    @NotNull LocalDate issued,
    @NotNull LocalDate due,
    @JsonProperty(required = true) @Size(min = 1) List<InvoiceLine> lines,
    @Min(0) @Max(100) int taxPercent,
    @NotNull InvoiceStatus status) {

  /** The amount before tax. */
  public double subtotal() {
    return lines.stream().mapToDouble(InvoiceLine::amount).sum();
  }

  /** The tax on the subtotal. */
  public double tax() {
    return subtotal() * taxPercent / 100.0;
  }

  /** What the customer pays. */
  public double total() {
    return subtotal() + tax();
  }
}
