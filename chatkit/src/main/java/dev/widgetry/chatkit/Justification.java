package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How children are distributed along the main axis of their container. */
public enum Justification {
  @JsonProperty("start")
  START,
  @JsonProperty("center")
  CENTER,
  @JsonProperty("end")
  END,
  @JsonProperty("between")
  BETWEEN,
  @JsonProperty("around")
  AROUND,
  @JsonProperty("evenly")
  EVENLY,
  @JsonProperty("stretch")
  STRETCH
}
