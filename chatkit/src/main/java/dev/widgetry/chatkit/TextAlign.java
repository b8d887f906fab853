package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where lines of text sit horizontally. */
public enum TextAlign {
  @JsonProperty("start")
  START,
  @JsonProperty("center")
  CENTER,
  @JsonProperty("end")
  END
}
