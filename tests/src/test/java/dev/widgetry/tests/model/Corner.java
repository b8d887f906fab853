package dev.widgetry.tests.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.widgetry.annotations.Widget;

/** An untagged union of two objects whose properties are all optional, told apart by their names. */
@Widget
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
public sealed interface Corner permits Corner.Sides, Corner.Corners {

  @Widget
  record Sides(Integer top, Integer left) implements Corner {}

  @Widget
  record Corners(Integer tl, Integer br) implements Corner {}
}
