package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a Row or Column arranges its children along its main axis. */
public enum Justify {
  @JsonProperty("start")
  START,
  @JsonProperty("center")
  CENTER,
  @JsonProperty("end")
  END,
  @JsonProperty("spaceBetween")
  SPACE_BETWEEN,
  @JsonProperty("spaceAround")
  SPACE_AROUND,
  @JsonProperty("spaceEvenly")
  SPACE_EVENLY,
  @JsonProperty("stretch")
  STRETCH
}
