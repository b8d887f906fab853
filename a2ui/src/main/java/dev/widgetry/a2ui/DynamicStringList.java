package dev.widgetry.a2ui;

import dev.widgetry.annotations.Widget;
import java.util.List;

/** A list of strings: a literal array, or a binding to an array of strings in the data model. */
@Widget
public sealed interface DynamicStringList permits StringListLiteral, StringListPath {

  /** The literal list {@code values}. */
  static DynamicStringList of(String... values) {
    return new StringListLiteral(List.of(values));
  }

  /** The literal list {@code values}. */
  static DynamicStringList of(List<String> values) {
    return new StringListLiteral(values);
  }

  /** The same value where any kind is accepted. */
  DynamicValue toValue();
}
