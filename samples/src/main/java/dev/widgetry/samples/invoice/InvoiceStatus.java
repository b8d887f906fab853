package dev.widgetry.samples.invoice;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether an invoice is paid. */
public enum InvoiceStatus {
  @JsonProperty("due")
  DUE,
  @JsonProperty("paid")
  PAID
}
