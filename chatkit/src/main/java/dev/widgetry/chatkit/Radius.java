package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How round the corners of a box or an image are. */
public enum Radius {
  @JsonProperty("2xs")
  TWO_XS,
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
  THREE_XL,
  @JsonProperty("4xl")
  FOUR_XL,
  @JsonProperty("full")
  FULL,
  @JsonProperty("100%")
  HUNDRED_PERCENT,
  @JsonProperty("none")
  NONE
}
