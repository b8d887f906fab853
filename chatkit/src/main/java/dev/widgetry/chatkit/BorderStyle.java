package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The line a border is drawn with, as in CSS. */
public enum BorderStyle {
  @JsonProperty("solid")
  SOLID,
  @JsonProperty("dashed")
  DASHED,
  @JsonProperty("dotted")
  DOTTED,
  @JsonProperty("double")
  DOUBLE,
  @JsonProperty("groove")
  GROOVE,
  @JsonProperty("ridge")
  RIDGE,
  @JsonProperty("inset")
  INSET,
  @JsonProperty("outset")
  OUTSET
}
