package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The visual weight of a button, select or date picker. */
public enum ControlVariant {
  @JsonProperty("solid")
  SOLID,
  @JsonProperty("soft")
  SOFT,
  @JsonProperty("outline")
  OUTLINE,
  @JsonProperty("ghost")
  GHOST
}
