package dev.widgetry.benchmarks.dispatch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link UpdateOrder} parsed by hand from a streaming parser: a switch on each name, unknown
 * names refused, the primitives required, as the generated parser does.
 */
final class UpdateOrderParser {
  private static final int CUSTOMER_ID = 1;
  private static final int QUANTITY = 2;
  private static final int UNIT_PRICE = 4;
  private static final int GIFT_WRAP = 8;
  private static final int PRIMITIVES = CUSTOMER_ID | QUANTITY | UNIT_PRICE | GIFT_WRAP;

  private UpdateOrderParser() {}

  static UpdateOrder read(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw new IllegalArgumentException("An order is an object");
    }
    String orderId = null;
    long customerId = 0;
    int quantity = 0;
    double unitPrice = 0;
    boolean giftWrap = false;
    UpdateOrder.Priority priority = null;
    String note = null;
    List<String> tags = null;
    String couponCode = null;
    String deliveryDate = null;
    int seen = 0;
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      JsonToken token = parser.nextToken();
      switch (name) {
        case "orderId":
          orderId = parser.getValueAsString();
          break;
        case "customerId":
          customerId = parser.getLongValue();
          seen |= CUSTOMER_ID;
          break;
        case "quantity":
          quantity = parser.getIntValue();
          seen |= QUANTITY;
          break;
        case "unitPrice":
          unitPrice = parser.getDoubleValue();
          seen |= UNIT_PRICE;
          break;
        case "giftWrap":
          giftWrap = parser.getBooleanValue();
          seen |= GIFT_WRAP;
          break;
        case "priority":
          priority = token == JsonToken.VALUE_NULL ? null : priority(parser.getText());
          break;
        case "note":
          note = parser.getValueAsString();
          break;
        case "tags":
          tags = token == JsonToken.VALUE_NULL ? null : strings(parser);
          break;
        case "couponCode":
          couponCode = parser.getValueAsString();
          break;
        case "deliveryDate":
          deliveryDate = parser.getValueAsString();
          break;
        default:
          throw new IllegalArgumentException("An order has no property " + name);
      }
    }
    if (seen != PRIMITIVES) {
      throw new IllegalArgumentException("An order needs customerId, quantity, unitPrice and giftWrap");
    }
    return new UpdateOrder(orderId, customerId, quantity, unitPrice, giftWrap, priority, note, tags, couponCode, deliveryDate);
  }

  private static UpdateOrder.Priority priority(String name) {
    switch (name) {
      case "standard":
        return UpdateOrder.Priority.STANDARD;
      case "express":
        return UpdateOrder.Priority.EXPRESS;
      case "overnight":
        return UpdateOrder.Priority.OVERNIGHT;
      default:
        throw new IllegalArgumentException("No priority " + name);
    }
  }

  private static List<String> strings(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw new IllegalArgumentException("Tags are an array");
    }
    List<String> list = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      list.add(parser.getText());
    }
    return list;
  }
}
