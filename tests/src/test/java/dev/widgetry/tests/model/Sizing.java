package dev.widgetry.tests.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.List;

/** Enums whose constants have JSON names of their own. */
@Widget
public record Sizing(Size size, List<Size> sizes, Align align) {

  /** ChatKit-style sizes. */
  public enum Size {
    @JsonProperty("2xl")
    XXL,
    @JsonProperty("3xs")
    XXXS,
    @JsonProperty("100%")
    FULL,
    MEDIUM
  }

  public enum Align {
    @JsonProperty("top left")
    TOP_LEFT,
    @JsonProperty("scale-down")
    SCALE_DOWN
  }
}
