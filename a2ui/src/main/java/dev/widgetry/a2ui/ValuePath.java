package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * A binding to a value of any kind in the data model, written {@code {"path": "<pointer>"}}: where
 * a {@link DynamicValue} is expected (an event's context, {@code required}'s value).
 */
@Widget
public record ValuePath(@JsonProperty(value = "path", required = true) String pointer)
    implements DynamicValue, DataPath {

  public ValuePath {
    Objects.requireNonNull(pointer, "pointer");
  }

  /** A binding to {@code pointer}, taken on trust. */
  public static ValuePath unchecked(String pointer) {
    return new ValuePath(pointer);
  }

  @Override
  public ValuePath asValue() {
    return this;
  }
}
