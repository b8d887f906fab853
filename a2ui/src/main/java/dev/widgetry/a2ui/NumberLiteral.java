package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.widgetry.annotations.Widget;

/** A literal number, written as a JSON number ({@code 10}, not {@code 10.0}, when it is whole). */
@Widget
public record NumberLiteral(@JsonValue double value) implements DynamicNumber, DynamicValue {

  public NumberLiteral {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a JSON number is finite, and " + value + " is not");
    }
  }

  @Override
  public DynamicValue toValue() {
    return this;
  }
}
