package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * A binding to a string in the data model, written {@code {"path": "<pointer>"}}. Get one
 * from a generated {@code <Record>Paths} class, so that it names a property that exists;
 * {@link #unchecked(String)} says plainly when it does not come from one.
 */
@Widget
public record StringPath(@JsonProperty(value = "path", required = true) String pointer)
    implements DynamicString, DataPath {

  public StringPath {
    Objects.requireNonNull(pointer, "pointer");
  }

  /**
   * A binding to {@code pointer}, taken on trust: nothing checks that the data model has a string
   * there.
   */
  public static StringPath unchecked(String pointer) {
    return new StringPath(pointer);
  }

  @Override
  public DynamicValue toValue() {
    return asValue();
  }
}
