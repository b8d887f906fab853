package dev.widgetry.samples.spring;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;

/**
 * Which order to refund.
 *
 * @param orderId the order's number, e.g. "1042"
 */
@Widget
public record RefundRequest(@JsonProperty(required = true) String orderId) {}
