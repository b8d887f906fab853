package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.annotations.Widget;
import java.util.List;

/** A literal array; the schema leaves its items open, so they are any JSON. */
@Widget
public record ArrayLiteral(@JsonValue List<JsonNode> items) implements DynamicValue {

  public ArrayLiteral {
    items = List.copyOf(items);
  }
}
