package dev.widgetry.a2ui;

import dev.widgetry.annotations.Widget;

/** A function that returns a string: formatString, formatNumber, formatCurrency, formatDate, pluralize. */
@Widget
public sealed interface StringFunction extends FunctionCall, DynamicString
    permits FormatStringCall, FormatNumberCall, FormatCurrencyCall, FormatDateCall, PluralizeCall {

  @Override
  default DynamicValue toValue() {
    return this;
  }
}
