package dev.widgetry.tests.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.widgetry.annotations.Widget;

/** An untagged union with two object members, told apart by their property names. */
@Widget
public sealed interface Border permits Border.Width, Border.Line, Border.Edges {

  @Widget
  record Width(@JsonValue int value) implements Border {}

  @Widget
  record Line(int size, String color, String style) implements Border {}

  @Widget
  record Edges(Integer top, Integer right, Integer bottom, Integer left) implements Border {}
}
