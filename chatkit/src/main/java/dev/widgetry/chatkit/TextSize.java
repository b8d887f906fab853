package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The type size of body text and labels. */
public enum TextSize {
  @JsonProperty("xs")
  XS,
  @JsonProperty("sm")
  SM,
  @JsonProperty("md")
  MD,
  @JsonProperty("lg")
  LG,
  @JsonProperty("xl")
  XL
}
