package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How heavy the letters of a text are drawn. */
public enum FontWeight {
  @JsonProperty("normal")
  NORMAL,
  @JsonProperty("medium")
  MEDIUM,
  @JsonProperty("semibold")
  SEMIBOLD,
  @JsonProperty("bold")
  BOLD
}
