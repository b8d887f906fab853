package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.widgetry.annotations.Widget;

/** A literal {@code true} or {@code false}. */
@Widget
public record BooleanLiteral(@JsonValue boolean value) implements DynamicBoolean, DynamicValue {

  @Override
  public DynamicValue toValue() {
    return this;
  }
}
