package dev.widgetry.tests.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.widgetry.annotations.Widget;

/** An untagged union, told apart by JSON kind: a number, a string or an object. */
@Widget
public sealed interface Length permits Length.Px, Length.Css, Length.Sides {

  @Widget
  record Px(@JsonValue double value) implements Length {}

  @Widget
  record Css(@JsonValue String value) implements Length {}

  @Widget
  record Sides(Double top, Double bottom) implements Length {}
}
