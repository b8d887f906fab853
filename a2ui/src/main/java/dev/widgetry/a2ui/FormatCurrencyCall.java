package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * {@code formatCurrency}: Formats a number as a currency string.
 *
 * @param args its arguments
 * @param returnType {@code "string"}, or absent (the factories of {@code Functions} set it); A2UI v0.9 only: in v1.0
 *     the function implies it
 * @param catalogId the id of the catalog its function is of, when not its surface's; A2UI v1.0 and later
 */
@Widget("formatCurrency")
public record FormatCurrencyCall(
    @JsonProperty(required = true) Args args, @A2uiUntil(A2uiVersion.V0_9) StringReturn returnType,
    @A2uiSince(A2uiVersion.V1_0) String catalogId)
    implements StringFunction {

  public FormatCurrencyCall {
    Objects.requireNonNull(args, "args");
  }

  @Override
  public FormatCurrencyCall withCatalogId(String catalogId) {
    return new FormatCurrencyCall(args, returnType, catalogId);
  }

  /**
   * The arguments of {@code formatCurrency}.
   *
   * @param value the monetary amount
   * @param currency the ISO 4217 currency code (e.g., 'USD', 'EUR')
   * @param decimals optional. The number of decimal places to show. Defaults to 0 or 2 depending on locale
   * @param grouping optional. If true, uses locale-specific grouping separators (e.g. '1,000'). If false,
   *     returns raw digits (e.g. '1000'). Defaults to true
   */
  @Widget
  public record Args(
      @JsonProperty(required = true) DynamicNumber value,
      @JsonProperty(required = true) DynamicString currency,
      DynamicNumber decimals,
      DynamicBoolean grouping) {

    public Args {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(currency, "currency");
    }
  }
}
