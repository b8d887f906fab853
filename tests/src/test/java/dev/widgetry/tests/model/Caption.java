package dev.widgetry.tests.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.widgetry.annotations.Widget;

/**
 * An untagged union that permits a tagged one: a string, a {@code {"ref"}} object, or an
 * expression tagged by {@code "op"}, which is one member here, as A2UI's function calls stand
 * beside literals and bindings.
 */
@Widget
public sealed interface Caption permits Caption.Literal, Caption.Ref, Expression {

  @Widget
  record Literal(@JsonValue String text) implements Caption {}

  @Widget
  record Ref(String ref) implements Caption {}
}
