package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/** A literal string, written as a JSON string. */
@Widget
public record StringLiteral(@JsonValue String value) implements DynamicString, DynamicValue {

  public StringLiteral {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public DynamicValue toValue() {
    return this;
  }
}
