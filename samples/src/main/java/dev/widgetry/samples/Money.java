package dev.widgetry.samples;

import java.util.Locale;

/** Amounts of money as the sample widgets show them: in euros, with thousands separated. */
public final class Money {
  private Money() {}

  /** {@code 6.5} as {@code "€6.50"}. */
  public static String euros(double amount) {
    return String.format(Locale.ROOT, "€%,.2f", amount);
  }

  /** {@code 12480.4} as {@code "€12,480"}, for totals where cents are noise. */
  public static String wholeEuros(double amount) {
    return String.format(Locale.ROOT, "€%,.0f", amount);
  }
}
