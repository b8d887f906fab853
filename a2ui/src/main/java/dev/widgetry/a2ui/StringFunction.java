package dev.widgetry.a2ui;

import dev.widgetry.annotations.Widget;

/** A function that returns a string: formatString, formatNumber, formatCurrency, formatDate, pluralize. */
@Widget
public sealed interface StringFunction extends FunctionCall, DynamicString
    permits FormatStringCall, FormatNumberCall, FormatCurrencyCall, FormatDateCall, PluralizeCall {

  /** This call naming {@code catalogId} as the catalog its function is of (A2UI v1.0's {@code catalogId}). */
  StringFunction withCatalogId(String catalogId);

  @Override
  default DynamicValue toValue() {
    return this;
  }
}
