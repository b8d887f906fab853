package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The size of a control such as a button, input or select. */
public enum ControlSize {
  @JsonProperty("3xs")
  THREE_XS,
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
  THREE_XL
}
