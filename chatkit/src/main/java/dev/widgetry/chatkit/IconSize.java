package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The size of an icon. */
public enum IconSize {
  @JsonProperty("xs")
  XS,
  @JsonProperty("sm")
  SM,
  @JsonProperty("md")
  MD,
  @JsonProperty("lg")
  LG,
  @JsonProperty("xl")
  XL,
  @JsonProperty("2xl")
  TWO_XL,
  @JsonProperty("3xl")
  THREE_XL
}
