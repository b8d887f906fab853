package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The type size of a caption. */
public enum CaptionSize {
  @JsonProperty("sm")
  SM,
  @JsonProperty("md")
  MD,
  @JsonProperty("lg")
  LG
}
