package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The type size of a title. */
public enum TitleSize {
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
  @JsonProperty("5xl")
  FIVE_XL
}
