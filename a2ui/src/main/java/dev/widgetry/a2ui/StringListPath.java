package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * A binding to an array of strings in the data model, written {@code {"path": "<pointer>"}}. Get one
 * from a generated {@code <Record>Paths} class, so that it names a property that exists;
 * {@link #unchecked(String)} says plainly when it does not come from one.
 */
@Widget
public record StringListPath(@JsonProperty(value = "path", required = true) String pointer)
    implements DynamicStringList, DataPath {

  public StringListPath {
    Objects.requireNonNull(pointer, "pointer");
  }

  /**
   * A binding to {@code pointer}, taken on trust: nothing checks that the data model has an array of strings
   * there.
   */
  public static StringListPath unchecked(String pointer) {
    return new StringListPath(pointer);
  }

  /** The string at {@code index} of the list: {@code /tags/2}. */
  public StringPath item(int index) {
    return new StringPath(Pointers.item(pointer, index));
  }

  @Override
  public DynamicValue toValue() {
    return asValue();
  }
}
