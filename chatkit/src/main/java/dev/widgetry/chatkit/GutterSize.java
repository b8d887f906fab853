package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The inner horizontal padding of a text field. */
public enum GutterSize {
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
  XL
}
