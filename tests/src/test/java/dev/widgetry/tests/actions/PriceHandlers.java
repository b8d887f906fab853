package dev.widgetry.tests.actions;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.annotations.Widget;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Text;
import java.util.Map;
import java.util.TreeMap;

/** Handlers whose payloads hold maps: a record with one, and a map as the payload itself. */
public class PriceHandlers {
  volatile Map<String, Double> lastPrices;
  volatile Map<String, Integer> lastStock;

  /** A shop's new prices, by item. */
  @Widget
  public record PriceUpdate(String shop, Map<String, Double> prices) {}

  /** Sets a shop's prices. */
  @OnAction("prices.set")
  Card setPrices(PriceUpdate update) {
    lastPrices = update.prices();
    return Card.of(Text.of(update.shop() + " " + new TreeMap<>(update.prices())));
  }

  /** Sets the stock, by item. */
  @OnAction("stock.set")
  void setStock(Map<String, Integer> stock) {
    lastStock = stock;
  }
}
