package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.widgetry.annotations.Widget;
import java.util.ArrayList;
import java.util.List;

/** A literal array of strings. */
@Widget
public record StringListLiteral(@JsonValue List<String> values) implements DynamicStringList {

  public StringListLiteral {
    values = List.copyOf(values);
  }

  @Override
  public DynamicValue toValue() {
    List<JsonNode> items = new ArrayList<>(values.size());
    values.forEach(value -> items.add(TextNode.valueOf(value)));
    return new ArrayLiteral(items);
  }
}
