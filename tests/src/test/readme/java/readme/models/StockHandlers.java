package readme.models;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Text;
import java.util.Map;

/** The handler the README's tool-call paragraph names: it counts stock, by sku. */
public class StockHandlers {
  @OnAction("stock.set")
  public Card setStock(Map<String, Integer> stock) {
    return Card.of(Text.of(stock.get("tea") + " tea, " + stock.size() + " skus"));
  }
}
