package dev.widgetry.tests.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.annotations.Widget;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A surface's data model with a property of every kind a binding can reach.
 *
 * @param id the order number
 * @param eta minutes until it arrives, when known
 * @param pointer a property named as a method of every paths class
 */
@Widget
public record Order(
    String id,
    Customer customer,
    List<OrderItem> items,
    Map<String, String> notes,
    boolean paid,
    OptionalInt eta,
    Status status,
    LocalDate due,
    List<String> tags,
    BigDecimal total,
    @JsonProperty("a/b~c") String odd,
    JsonNode extra,
    String pointer,
    List<List<Integer>> grid) {

  /** Where an order is. */
  public enum Status {
    @JsonProperty("open")
    OPEN,
    @JsonProperty("shipped")
    SHIPPED
  }
}
