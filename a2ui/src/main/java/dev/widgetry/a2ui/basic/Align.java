package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a Row, Column or List aligns its children along its cross axis, as CSS {@code align-items}. */
public enum Align {
  @JsonProperty("start")
  START,
  @JsonProperty("center")
  CENTER,
  @JsonProperty("end")
  END,
  @JsonProperty("stretch")
  STRETCH
}
