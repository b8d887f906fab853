package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How children line up across the main axis of their container. */
public enum Alignment {
  @JsonProperty("start")
  START,
  @JsonProperty("center")
  CENTER,
  @JsonProperty("end")
  END,
  @JsonProperty("baseline")
  BASELINE,
  @JsonProperty("stretch")
  STRETCH
}
