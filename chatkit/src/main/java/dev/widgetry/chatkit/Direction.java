package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether children are laid out side by side (row) or stacked (col). */
public enum Direction {
  @JsonProperty("row")
  ROW,
  @JsonProperty("col")
  COL
}
